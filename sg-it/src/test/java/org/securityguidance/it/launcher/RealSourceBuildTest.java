package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * The real thing, offline: a copy of this checkout (no lib/ jar) installed as a plugin, a SessionStart with the real
 * JDK 17 and the real Maven wrapper ({@code MAVEN_ARGS=-o}, the machine's ~/.m2), then an edit hook on the jar it
 * built. Opt-in with {@code -Dsg.it.realBuild=true}: it took 69 s on the development machine (the wrapper build alone
 * 44-60 s), over the 60 s a default test may cost; also skipped when the local Maven repository is absent (a fresh
 * machine would need network).
 */
class RealSourceBuildTest {
  private static final Path REPO = Paths.get(System.getProperty("sg.root.dir")).toAbsolutePath().normalize();
  private static final Path USER_HOME = Paths.get(System.getProperty("user.home"));

  @TempDir Path tmp;

  @Test
  void aCheckoutBuildsItsJarOnTheFirstSessionStartAndTheEditHookUsesIt() throws IOException {
    assumeTrue(Boolean.getBoolean("sg.it.realBuild"), "opt-in: -Dsg.it.realBuild=true (about 70 s)");
    assumeTrue(Files.isDirectory(USER_HOME.resolve(".m2/repository")), "no local Maven repository for an offline build");
    Path checkout = tmp.resolve("marketplace copy");
    copyCheckout(checkout);
    Path state = tmp.resolve("state");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", USER_HOME.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("JAVA_HOME", RealJvmLaunchTest.TEST_JAVA_HOME.toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", state.toString());
    env.put("MAVEN_ARGS", "-o");
    env.put("SG_JVM_CACHE", "0");
    String script = checkout.resolve("hooks/sg-java.sh").toString();

    ProcessResult boot = Launcher.exec(List.of(Launcher.onHostPath("bash").toString(), script, "bootstrap"), env, tmp,
        "{}", Duration.ofSeconds(150));

    assertThat(boot.exit()).as(boot.toString()).isZero();
    assertThat(boot.stdoutLines()).as(boot.toString()).hasSize(2);
    Map<String, Object> metrics = JsonView.object(Json.parseObject(boot.stdoutLines().get(1)), "metrics");
    assertThat(metrics).as(boot.toString()).containsEntry("pv", PluginFiles.pv());
    assertThat(metrics.get("boot_phase")).as(boot.toString()).isNotIn(8L, 10L);
    Path jar = state.resolve("app/" + PluginFiles.pv() + "/security-guidance.jar");
    assertThat(jar).isRegularFile();
    assertThat(checkout.resolve("sg-app/target")).as("the plugin dir is never written to").doesNotExist();

    String event = "{\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\""
        + tmp.resolve("a.py") + "\",\"content\":\"eval(user_input)\\n\"}}";
    ProcessResult edit = Launcher.exec(List.of(Launcher.onHostPath("bash").toString(), script, "hook", "edit"), env,
        tmp, event);
    assertThat(edit.exit()).as(edit.toString()).isZero();
    assertThat(JsonView.object(Json.parseObject(edit.stdoutLines().get(0)), "metrics"))
        .as(edit.toString()).containsEntry("pv", PluginFiles.pv()).containsKey("rule_id");
  }

  /** What a marketplace install copies: the checkout without build output or git metadata. */
  private static void copyCheckout(Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(REPO)) {
      for (Path p : paths.toList()) {
        Path rel = REPO.relativize(p);
        String s = rel.toString();
        if (s.equals(".git") || s.startsWith(".git/") || s.equals("lib") || s.startsWith("lib/")
            || s.equals("target") || s.startsWith("target/") || s.contains("/target/") || s.endsWith("/target")) {
          continue;
        }
        Path target = to.resolve(s);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}

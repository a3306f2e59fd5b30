package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;

/**
 * {@code hook session-start} and {@code bootstrap --rescue} through {@link Main}, with the live context. Unit tests run
 * from a classes directory, not a jar, so the honest outcome here is 3/7/20 (jar missing) — no process is started.
 */
class SessionStartCommandTest {
  @TempDir Path tmp;

  private Map<String, String> env(String... extra) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    for (int i = 0; i < extra.length; i += 2) {
      env.put(extra[i], extra[i + 1]);
    }
    return env;
  }

  private String[] run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream("{\"hook_event_name\":\"SessionStart\"}".getBytes(
        StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new Env(env));
    assertThat(code).isZero();
    return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> metrics(String stdout) {
    HookGoldenTest.assertProtocolValid(stdout);
    assertThat(stdout).isNotEmpty();
    return (Map<String, Object>) Json.parseObject(stdout).get("metrics");
  }

  @Test
  void sessionStartPrintsOneBootstrapLine() {
    Map<String, Object> m = metrics(run(env("SG_JRE_SRC", "2"), "hook", "session-start")[0]);
    assertThat(m).containsEntry("boot", 3L).containsEntry("boot_phase", 7L).containsEntry("boot_err", 20L)
        .containsEntry("boot_jre_src", 2L).containsEntry("boot_jre", (long) Runtime.version().feature() * 100)
        .containsKeys("pv", "boot_has_javac", "boot_ms");
    assertThat(tmp.resolve("state/jvm-boot.status")).exists();
  }

  @Test
  void theKillSwitchReportsReadyAndTouchesNoBootstrapFile() throws Exception {
    Map<String, Object> m = metrics(run(env("SECURITY_GUIDANCE_DISABLE", "1"), "hook", "session-start")[0]);
    assertThat(m).containsEntry("boot", 0L).containsEntry("boot_cache_mode", 0L).doesNotContainKey("boot_phase");
    try (var files = Files.list(tmp.resolve("state"))) {
      // Only what every hook line leaves: the debug log and the local metrics copy.
      assertThat(files.map(f -> f.getFileName().toString())).containsOnly("log.txt", "metrics.jsonl");
    }
  }

  @Test
  void aRescuePrintsNothingAndTheNextSessionStartReportsItsOutcome() throws Exception {
    String[] rescue = run(env(), "bootstrap", "--rescue");
    assertThat(rescue[0]).isEmpty();
    assertThat(Files.readString(tmp.resolve("state/jvm-boot.last"))).isEqualTo("3\n");
    assertThat(Files.readString(tmp.resolve("state/jvm-boot.status"))).contains("run=rescue\n");

    assertThat(metrics(run(env(), "hook", "session-start")[0])).containsEntry("boot_last", 3L);
    assertThat(tmp.resolve("state/jvm-boot.last")).doesNotExist();
  }

  @Test
  void bootstrapWithoutRescueIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"bootstrap"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new Env(env()));
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bootstrap --rescue").doesNotContain("Exception");
  }
}

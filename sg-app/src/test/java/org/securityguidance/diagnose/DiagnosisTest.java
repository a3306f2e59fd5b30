package org.securityguidance.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.bootstrap.JvmCacheIndex;
import org.securityguidance.bootstrap.JvmCacheMode;
import org.securityguidance.diagnose.Check.Status;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/** {@code doctor} over fake machines built in a temp dir: a real jar file and sidecar, a real cache index. */
class DiagnosisTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final String JAVA_BIN = "/opt/jdk-21/bin/java";
  private static final String RELEASE = "JAVA_VERSION=\"21.0.5\"";
  private static final DoctorInputs.RuntimeInfo JDK21 = new DoctorInputs.RuntimeInfo("/opt/jdk-21", "21.0.5+11", 21,
      0, "Eclipse Adoptium", "OpenJDK 64-Bit Server VM");
  private static final ProcessRunner GIT_OK = req -> new ProcessResult(0,
      "git version 2.43.0\n".getBytes(StandardCharsets.UTF_8), new byte[0], false, false, null, 3);
  private static final ProcessRunner NO_GIT = req -> ProcessResult.startFailed("No such file or directory", 1);

  @TempDir Path tmp;
  private Path state;
  private Path jar;
  private final Map<String, String> vars = new HashMap<>();

  @BeforeEach
  void machine() throws IOException {
    state = Files.createDirectories(tmp.resolve("state"));
    jar = tmp.resolve("plugin/lib/security-guidance.jar");
    Files.createDirectories(jar.getParent());
    Files.write(jar, "PK fake jar bytes".getBytes(StandardCharsets.UTF_8));
    Files.writeString(jar.resolveSibling("security-guidance.jar.sha256"), sha(jar) + "  security-guidance.jar\n");
    vars.putAll(Map.of("HOME", tmp.toString(), "SECURITY_WARNINGS_STATE_DIR", state.toString(), "SG_JRE_SRC", "5",
        "SG_JAVA_BIN", JAVA_BIN, "SG_JRE_RELEASE", RELEASE, "ANTHROPIC_API_KEY", "sk-ant-SECRET-VALUE-123"));
  }

  private static String sha(Path file) {
    return InstallChecks.sha256(file).orElseThrow();
  }

  private void registerCache() throws IOException {
    Path dir = Files.createDirectories(state.resolve("jvm-cache"));
    String archive = "sg-30000-" + sha(jar).substring(0, 8) + "-0badf00d.jsa";
    Files.write(dir.resolve(archive), new byte[128]);
    JvmCacheIndex.register(dir, new JvmCacheIndex.Entry(JvmCacheMode.CDS_DYNAMIC, archive, JAVA_BIN, RELEASE,
        jar.toString(), sha(jar)));
  }

  private Diagnosis diagnose(ProcessRunner runner) {
    DoctorInputs in = new DoctorInputs(new Env(vars), state, runner, Clock.fixed(NOW, ZoneOffset.UTC),
        Optional.of(jar), JDK21);
    return Diagnosis.run(in, "3.0.0");
  }

  private static Check check(Diagnosis d, String id) {
    return d.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private void status(String text) throws IOException {
    Files.writeString(state.resolve("jvm-boot.status"), text);
  }

  @Test
  void aHealthyMachineExitsZeroWithNothingToDo() throws IOException {
    registerCache();
    status("ts=" + (NOW.getEpochSecond() - 60) + "\noutcome=2\njre=2100\ncache_mode=1\narchive=x.jsa\n");

    Diagnosis d = diagnose(GIT_OK);

    assertThat(d.exitCode()).as(d.toText()).isZero();
    assertThat(d.toText()).startsWith("security-guidance 3.0.0 doctor: healthy\n").contains("Nothing to do.")
        .contains("source: Homebrew").contains("git version 2.43.0").contains("built_cache (2)");
    assertThat(check(d, "cache").status()).isEqualTo(Status.OK);
    assertThat(check(d, "jar").facts()).containsEntry("verified", true);
    assertThat(check(d, "credentials").summary()).contains("API key");
  }

  @Test
  void credentialValuesNeverAppearInEitherForm() {
    vars.put("ANTHROPIC_AUTH_TOKEN", "oauth-SECRET-TOKEN-456");
    Diagnosis d = diagnose(GIT_OK);

    for (String rendered : new String[] {d.toText(), Json.write(d.toJson())}) {
      assertThat(rendered).doesNotContain("SECRET");
    }
    assertThat(check(d, "credentials").facts()).containsEntry("anthropic_api_key", true)
        .containsEntry("anthropic_auth_token", true);
  }

  @Test
  void missingCacheGitAndCredentialsDegradeWithAdvice() {
    vars.remove("ANTHROPIC_API_KEY");

    Diagnosis d = diagnose(NO_GIT);

    assertThat(d.exitCode()).isEqualTo(1);
    assertThat(d.state()).isEqualTo("degraded");
    assertThat(check(d, "cache").status()).isEqualTo(Status.WARN);
    assertThat(check(d, "git").status()).isEqualTo(Status.WARN);
    assertThat(check(d, "credentials").status()).isEqualTo(Status.WARN);
    assertThat(d.nextSteps()).hasSize(3).anyMatch(s -> s.contains("Install git"))
        .anyMatch(s -> s.contains("ANTHROPIC_API_KEY")).anyMatch(s -> s.contains("jvm-cache"));
  }

  @Test
  void aJarThatDoesNotMatchItsSidecarIsBroken() throws IOException {
    Files.writeString(jar.resolveSibling("security-guidance.jar.sha256"), "0".repeat(64) + "\n");

    Diagnosis d = diagnose(GIT_OK);

    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(check(d, "jar").status()).isEqualTo(Status.FAIL);
    assertThat(check(d, "jar").facts()).containsEntry("verified", false);
  }

  @Test
  void aStateDirThatIsAFileIsBroken() throws IOException {
    Path file = tmp.resolve("state-file");
    Files.writeString(file, "x");
    vars.put("SECURITY_WARNINGS_STATE_DIR", file.toString());
    DoctorInputs in = new DoctorInputs(new Env(vars), file, GIT_OK, Clock.fixed(NOW, ZoneOffset.UTC),
        Optional.of(jar), JDK21);

    Diagnosis d = Diagnosis.run(in, "3.0.0");

    assertThat(check(d, "state_dir").status()).isEqualTo(Status.FAIL);
    assertThat(d.exitCode()).isEqualTo(2);
  }

  @Test
  void aSignalKilledCacheBuildIsDecodedWithTheCodeTableNames() throws IOException {
    registerCache();
    status("ts=" + (NOW.getEpochSecond() - 120) + "\noutcome=3\nphase=9\nerr=16\nexc=0\nerrno=0\nrc=137\n"
        + "jre=2100\ncache_mode=1\nfuture_key=7\ngarbage line\n");

    Diagnosis d = diagnose(GIT_OK);
    Check boot = check(d, "bootstrap");

    assertThat(boot.status()).isEqualTo(Status.WARN);
    assertThat(d.exitCode()).isEqualTo(1);
    assertThat(boot.facts()).containsEntry("age_seconds", 120L).containsEntry("recorded_by", "jvm-boot.status");
    assertThat(d.toText()).contains("boot: build_failed (3)").contains("boot_phase: cache (9)")
        .contains("boot_err: signal_killed (16)").contains("boot_rc: 137").contains("boot_jre: 21");
    Map<String, Object> json = JsonView.object(JsonView.object(JsonView.object(d.toJson(), "checks"), "bootstrap"),
        "facts");
    assertThat(JsonView.object(json, "boot_err")).containsEntry("code", 16L).containsEntry("name", "signal_killed");
  }

  @Test
  void aNewerLauncherLineWinsOverAnOlderStatusFileAndNoRuntimeIsBroken() throws IOException {
    status("ts=" + (NOW.getEpochSecond() - 86_400) + "\noutcome=1\n");
    Files.writeString(state.resolve("metrics.jsonl"), "{\"ts\":" + (NOW.getEpochSecond() - 10) + ",\"hook\":"
        + "\"SessionStart\",\"src\":\"launcher\",\"metrics\":{\"pv\":30000,\"boot\":10,\"boot_phase\":6,"
        + "\"boot_err\":19,\"boot_alt_jre\":2100}}\n");

    Diagnosis d = diagnose(GIT_OK);
    Check boot = check(d, "bootstrap");

    assertThat(boot.status()).isEqualTo(Status.FAIL);
    assertThat(boot.facts()).containsEntry("recorded_by", "metrics.jsonl (launcher)");
    assertThat(d.toText()).contains("no_runtime (10)").contains("runtime_stub (19)");
    assertThat(d.nextSteps()).anyMatch(s -> s.contains("Java 17+"));
    assertThat(d.exitCode()).isEqualTo(2);
  }

  @Test
  void exceptionAndErrnoCodesDecodeToClassAndErrnoNames() throws IOException {
    status("ts=1\noutcome=3\nphase=1\nerr=99\nexc=2\nerrno=13\n");

    String text = diagnose(GIT_OK).toText();

    assertThat(text).contains("boot_exc: AccessDeniedException (2)").contains("boot_errno: 13 (EACCES)")
        .contains("boot_phase: pre (1)");
  }

  @Test
  void theJsonFormIsOneObjectWithEveryCheck() {
    Map<String, Object> json = Json.parseObject(Json.write(diagnose(GIT_OK).toJson()));

    assertThat(JsonView.object(json, "checks")).containsOnlyKeys("runtime", "jar", "cache", "state_dir", "git",
        "credentials", "claude_cli", "bootstrap");
    assertThat(json).containsKeys("version", "state", "exit_code", "next_steps");
  }
}

package org.securityguidance.it.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.ProcessResult;
import org.securityguidance.it.launcher.Runtimes;

/**
 * {@code security-guidance jvm-cache} through the launcher builds a start-up archive (CDS on 17–23, AOT cache on 25+)
 * that the next hook really maps; an archive damaged later is either skipped by the launcher (changed after it was
 * registered) or rejected by the JVM with at most a warning on stderr, never protocol output or a failed hook. Runs on
 * the test JVM and on every JDK 17+ under /usr/lib/jvm.
 */
class StartupArchiveTest {
  private static final String EVENT = "write-20k-match.stdin.json";

  @TempDir Path tmp;

  static Stream<Path> runtimes() throws IOException {
    return Runtimes.installed();
  }

  private Map<String, String> env(Path javaHome) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("PATH", Launcher.toolsDir().toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("SG_JAVA", javaHome.resolve("bin/java").toString());
    // The fresh-JVM path is under test; a spawned warm hook server (ADR 0012) would also write the class log.
    env.put("SG_HOOK_SERVER", "0");
    return env;
  }

  private Path build(Map<String, String> env) {
    ProcessResult r = PerfProcess.launcher(env, tmp, new byte[0], "jvm-cache");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdoutLines()).hasSize(1);
    return Path.of(r.stdoutLines().get(0));
  }

  private ProcessResult hook(Map<String, String> env, String session) {
    return PerfProcess.launcher(env, tmp, PerfProcess.event(EVENT, session), "hook", "edit");
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void theArchiveIsRegisteredForThisRuntimeAndTheNextHookMapsIt(Path javaHome) throws IOException {
    Map<String, String> env = env(javaHome);
    Path archive = build(env);

    Path dir = tmp.resolve("state/jvm-cache");
    assertThat(archive.getParent()).isEqualTo(dir);
    List<String> fields = Arrays.asList(Files.readAllLines(dir.resolve("archives.index")).get(0).split("\t"));
    int feature = Runtimes.feature(javaHome);
    assertThat(fields).hasSize(7);
    assertThat(fields.get(1)).isEqualTo(feature >= 25 ? "3" : feature == 24 ? "2" : "1");
    assertThat(fields.get(2)).isEqualTo(archive.getFileName().toString())
        .matches("sg-\\d+-[0-9a-f]{8}-[0-9a-f]{8}\\.(jsa|aot)");
    assertThat(fields.get(3)).isEqualTo(javaHome.resolve("bin/java").toString());
    assertThat(fields.get(4)).isEqualTo("JAVA_VERSION=\"" + Files.readAllLines(javaHome.resolve("release")).stream()
        .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow().split("\"")[1] + "\"");

    Path classLog = tmp.resolve("classes.txt");
    Map<String, String> logged = new LinkedHashMap<>(env);
    // _JAVA_OPTIONS is read after the command line, so it survives the launcher's -Xlog:disable.
    logged.put("_JAVA_OPTIONS", "-Xlog:class+load:file=" + classLog);
    ProcessResult r = hook(logged, "mapped");
    assertThat(r.exit()).isZero();
    assertThat(r.stdoutLines()).hasSize(1);
    assertThat(r.stdout()).contains("\"pattern_hits\":1", "additionalContext");
    assertThat(Files.readString(classLog))
        .containsPattern("org\\.securityguidance\\.cli\\.HookCommand source: shared objects file");
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void anArchiveDamagedAfterRegistrationIsNotUsedAndChangesNothingOnStdout(Path javaHome) throws IOException {
    Map<String, String> env = env(javaHome);
    Path archive = build(env);
    byte[] good = Files.readAllBytes(archive);
    ProcessResult reference = hook(withoutArchives(env), "reference");
    assertThat(reference.exit()).isZero();

    for (byte[] damaged : List.of(garbage(), Arrays.copyOf(good, 4096))) {
      Files.delete(archive);
      Files.write(archive, damaged);
      ProcessResult r = hook(env, "damaged-" + damaged.length);
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.stdout()).as(r.toString()).isEqualTo(reference.stdout());
    }
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void aCorruptArchiveThatKeptItsTimestampCostsAtMostAWarningOnStderr(Path javaHome) throws IOException {
    Map<String, String> env = env(javaHome);
    Path archive = build(env);
    FileTime registered = Files.getLastModifiedTime(archive);
    ProcessResult reference = hook(withoutArchives(env), "reference");

    Files.delete(archive);
    Files.write(archive, garbage());
    Files.setLastModifiedTime(archive, registered); // the launcher cannot tell: the JVM gets the flag
    ProcessResult r = hook(env, "corrupt");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdout()).as(r.toString()).isEqualTo(reference.stdout());
  }

  private static Map<String, String> withoutArchives(Map<String, String> env) {
    Map<String, String> off = new LinkedHashMap<>(env);
    off.put("SG_JVM_CACHE", "0");
    return off;
  }

  private static byte[] garbage() {
    byte[] bytes = new byte[64 * 1024];
    Arrays.fill(bytes, (byte) 0x5a);
    return bytes;
  }

  @Test
  void theTrainingRunPrintsNothingOnStdoutAndLeavesNoFilesBehind() throws IOException {
    Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    ProcessResult r = PerfProcess.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + javaTmp, "-jar", Launcher.pluginDir().resolve("lib/security-guidance.jar").toString(),
        "train"), env, tmp, new byte[0]);

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains("hook runs in");
    try (Stream<Path> left = Files.list(javaTmp)) {
      assertThat(left).isEmpty();
    }
    assertThat(tmp.resolve("state")).doesNotExist();
  }

  @Test
  void theOffSwitchBuildsNothing() throws IOException {
    Map<String, String> env = env(Path.of(System.getProperty("java.home")).toRealPath());
    env.put("SG_JVM_CACHE", "0");
    ProcessResult r = PerfProcess.launcher(env, tmp, new byte[0], "jvm-cache");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(tmp.resolve("state/jvm-cache")).doesNotExist();
    assertThat(r.stderr()).contains("turned off");
  }
}

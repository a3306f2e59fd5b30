package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * SessionStart runs the JVM as a supervised child: its JSON line is passed through alone, and a JVM that wrote none
 * still yields one valid line with phase 10 (launch) and the classified reason, exit 0 (spec §5 F 29).
 */
class LaunchFailureTest {
  private static final Path JDK25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir Path tmp;
  Sandbox box;

  @BeforeEach
  void setUp() {
    box = new Sandbox(tmp);
  }

  private static Map<String, Object> bootstrapMetrics(ProcessResult r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdoutLines()).as(r.toString()).hasSize(2);
    assertThat(r.stdoutLines().get(0)).isEqualTo(FailOpenTest.ASYNC_LINE);
    Map<String, Object> line = Json.parseObject(r.stdoutLines().get(1));
    assertThat(line).as(r.toString()).containsOnlyKeys("metrics");
    return JsonView.object(line, "metrics");
  }

  private static void assertLaunchFailure(ProcessResult r, long err) {
    assertThat(bootstrapMetrics(r))
        .as(r.toString())
        .containsEntry("pv", PluginFiles.pv())
        .containsEntry("boot", 3L)
        .containsEntry("boot_phase", 10L)
        .containsEntry("boot_err", err);
  }

  private void useRealJdk17() {
    box.env("JAVA_HOME", RealJvmLaunchTest.TEST_JAVA_HOME.toString());
  }

  @Test
  void corruptJarIsJarCorrupt() throws IOException {
    useRealJdk17();
    box.env("SG_JAR", Files.writeString(tmp.resolve("corrupt.jar"), "PK\u0003\u0004 truncated").toString());

    ProcessResult r = box.run("bootstrap");

    assertLaunchFailure(r, 22);
    assertThat(r.stderr()).as("the JVM's own reason stays visible on stderr").containsIgnoringCase("jarfile");
  }

  @Test
  void jarCompiledForANewerRuntimeIsClassVersion() throws Exception {
    assumeTrue(Files.isExecutable(JDK25.resolve("bin/javac")), "JDK 25 not installed at " + JDK25);
    useRealJdk17();
    box.env("SG_JAR", newerClassVersionJar().toString());

    assertLaunchFailure(box.run("bootstrap"), 23);
  }

  @Test
  void aVmThatCannotInitialiseIsJvmInitFailed() {
    useRealJdk17();
    // A real jar (the java launcher reads the manifest before it creates the VM); the option conflicts with the
    // launcher's -XX:+UseSerialGC, so the VM refuses to initialise.
    box.env("SG_JAR", null).env("JDK_JAVA_OPTIONS", "-XX:+UseG1GC");

    ProcessResult r = box.run("bootstrap");

    assertLaunchFailure(r, 24);
    assertThat(bootstrapMetrics(r)).containsEntry("boot_jto", true).containsEntry("boot_jre_src", 2L);
  }

  @Test
  void aJvmKilledBySignalIsSignalKilledWithItsRc() {
    Path jdk = box.scriptedJdk("killed", "kill -9 $$");
    box.env("JAVA_HOME", jdk.toString());

    ProcessResult r = box.run("bootstrap");

    assertLaunchFailure(r, 16);
    assertThat(bootstrapMetrics(r)).containsEntry("boot_rc", 137L);
  }

  @Test
  void aJvmThatPrintsNoJsonIsLaunchNoJson() {
    Path jdk = box.scriptedJdk("silent", "echo 'some banner'; echo 'not json' >&2; exit 0");
    box.env("JAVA_HOME", jdk.toString());

    assertLaunchFailure(box.run("bootstrap"), 30);
  }

  @Test
  void onlyTheJsonLineOfTheJvmReachesStdoutAndStdinIsPassedThrough() {
    Path jdk = box.scriptedJdk("chatty",
        "IFS= read -r -d '' input; echo 'stray banner'; printf '{\"metrics\":{\"pv\":1,\"stdin_bytes\":%s}}\\n' \"${#input}\";"
            + " echo 'trailing noise'");
    box.env("JAVA_HOME", jdk.toString());
    String event = "{\"hook_event_name\":\"SessionStart\",\"source\":\"startup\"}";

    ProcessResult r = box.runWithStdin(event, "bootstrap");

    assertThat(bootstrapMetrics(r)).containsEntry("stdin_bytes", (long) event.length());
  }

  @Test
  void realJvmSessionStartLineIsPassedThroughUnchanged() {
    useRealJdk17();
    box.env("SG_JAR", null).env("SG_JVM_CACHE", "0");

    Map<String, Object> metrics = bootstrapMetrics(box.runWithStdin("{}", "bootstrap"));

    assertThat(metrics).containsEntry("pv", PluginFiles.pv());
    assertThat(metrics.get("boot_phase")).as("not a launch failure").isNotEqualTo(10L);
  }

  /** A runnable jar whose main class has class-file version 69 (Java 25), which Java 17 refuses to load. */
  private Path newerClassVersionJar() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("new-src")).resolve("Newer.java");
    Files.writeString(src, "public class Newer { public static void main(String[] a) { System.out.println(\"{}\"); } }");
    Path classes = Files.createDirectories(tmp.resolve("new-classes"));
    ProcessResult javac = Launcher.exec(
        List.of(JDK25.resolve("bin/javac").toString(), "--release", "25", "-d", classes.toString(), src.toString()),
        Map.of("PATH", "/usr/bin:/bin"), tmp);
    assertThat(javac.exit()).as(javac.toString()).isZero();
    return EchoJar.jarOf(classes, "Newer", tmp.resolve("newer.jar"));
  }
}

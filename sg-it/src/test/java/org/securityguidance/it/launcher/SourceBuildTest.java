package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * A plugin root that is a source checkout (marketplace source "./", no lib/ jar): SessionStart builds the jar with
 * the Maven wrapper into {@code <state>/app/<pv>/}, reuses it while the sources are unchanged, and reports a failed
 * build itself as 3 / phase 8 with the classified err and the build-tool probes (spec §4.5 step 3a, §4.7). The
 * wrapper here is a fake {@code mvnw} whose behaviour the test picks; the JDK is a fake with a {@code javac}.
 */
class SourceBuildTest {
  @TempDir Path tmp;
  Sandbox box;
  Path root;
  Path jdk;
  Path mvnLog;

  private static final String FAKE_MVNW = """
      #!/bin/sh
      printf '%s|%s|%s\\n' "$(pwd)" "$JAVA_HOME" "$*" >>"$FAKE_MVN_LOG"
      case $FAKE_MVN in
        ok) mkdir -p sg-app/target && printf 'jar built from %s\\n' "$(pwd)" >sg-app/target/security-guidance.jar ;;
        dns) echo '[ERROR] Failed to execute goal on project sg-core: Could not transfer artifact x:y:pom:1 from/to \
      central (https://repo.maven.apache.org/maven2): repo.maven.apache.org: Name or service not known'; exit 1 ;;
        compile) printf '[ERROR] COMPILATION ERROR :\\n[ERROR] /w/sg-app/src/main/java/A.java:[3,5] cannot find symbol\\n'
          exit 1 ;;
        hang) echo $$ >"$FAKE_MVN_LOG.pid"; exec sleep 60 ;;
      esac
      """;

  @BeforeEach
  void setUp() throws IOException {
    box = new Sandbox(tmp.resolve("box"));
    root = tmp.resolve("checkout root");
    for (String dir : List.of("hooks", "bin", ".claude-plugin")) {
      copyTree(Launcher.pluginDir().resolve(dir), root.resolve(dir));
    }
    Sandbox.write(root.resolve("pom.xml"), "<project>\n  <modules>\n    <module>sg-app</module>\n  </modules>\n</project>\n");
    Sandbox.write(root.resolve(".mvn/wrapper/maven-wrapper.properties"), "distributionType=only-script\n");
    Sandbox.write(root.resolve("sg-app/pom.xml"), "<project/>\n");
    Sandbox.write(root.resolve("sg-app/src/main/java/A.java"), "class A {}\n");
    Sandbox.write(root.resolve("mvnw"), FAKE_MVNW);
    Sandbox.makeExecutable(root.resolve("mvnw"));
    jdk = box.fakeJdk("jdk", "21.0.2");
    Sandbox.write(jdk.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
    Sandbox.makeExecutable(jdk.resolve("bin/javac"));
    mvnLog = tmp.resolve("mvn.log");
    box.env("SG_JAR", null).env("JAVA_HOME", jdk.toString()).env("FAKE_MVN_LOG", mvnLog.toString())
        .env("FAKE_MVN", "ok");
  }

  private ProcessResult run(String... args) {
    return Launcher.run(root.resolve("hooks/sg-java.sh"), box.environment(), tmp, args);
  }

  private Path appDir() {
    return box.state.resolve("app/" + PluginFiles.pv());
  }

  private List<String> mvnCalls() throws IOException {
    return Files.exists(mvnLog) ? Files.readAllLines(mvnLog) : List.of();
  }

  private static Map<String, Object> secondLine(ProcessResult r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdoutLines()).as(r.toString()).hasSize(2);
    assertThat(r.stdoutLines().get(0)).isEqualTo(FailOpenTest.ASYNC_LINE);
    return Json.parseObject(r.stdoutLines().get(1));
  }

  private static Map<String, Object> failureMetrics(ProcessResult r, long err) {
    Map<String, Object> line = secondLine(r);
    Map<String, Object> metrics = JsonView.object(line, "metrics");
    assertThat(metrics).as(r.toString()).containsEntry("boot", 3L).containsEntry("boot_phase", 8L)
        .containsEntry("boot_err", err).containsEntry("pv", PluginFiles.pv());
    return metrics;
  }

  @Test
  void buildsOnceIntoTheStateDirThenReusesTheJarWhileTheSourcesAreUnchanged() throws Exception {
    Map<String, Object> first = secondLine(run("bootstrap"));
    Path jar = appDir().resolve("security-guidance.jar");
    assertThat(first).containsEntry("fake_java", jdk.toString()).containsEntry("from_source", "7")
        .containsEntry("has_javac", "1").containsEntry("has_mvn", "1");
    assertThat(JsonView.string(first, "args")).endsWith(" -jar " + jar + " hook session-start");
    assertThat(Files.readString(appDir().resolve("security-guidance.jar.sha256")).strip()).isEqualTo(sha256(jar));
    assertThat(Files.readString(appDir().resolve("stamp"))).startsWith("v1 ");
    List<String> calls = mvnCalls();
    assertThat(calls).singleElement().asString()
        .endsWith("|" + jdk + "|-B -q -Dmaven.test.skip=true -pl sg-app -am package")
        .doesNotStartWith(root.toString());
    try (Stream<Path> files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("the plugin dir is never written to")
          .containsExactlyInAnyOrder("hooks", "bin", ".claude-plugin", "pom.xml", ".mvn", "sg-app", "mvnw");
    }

    assertThat(secondLine(run("bootstrap"))).containsEntry("from_source", "8");
    assertThat(mvnCalls()).hasSize(1);

    ProcessResult edit = run("hook", "edit");
    assertThat(edit.stdoutLines()).as(edit.toString()).anyMatch(l -> l.endsWith(" -jar " + jar + " hook edit"));

    Files.writeString(root.resolve("sg-app/src/main/java/A.java"), "class A { int changed; }\n");
    assertThat(secondLine(run("bootstrap"))).containsEntry("from_source", "7");
    assertThat(mvnCalls()).hasSize(2);
  }

  @Test
  void bundledJarMatchingItsSidecarIsUsedWithoutBuilding() throws Exception {
    Path bundled = Sandbox.writeAndReturn(root.resolve("lib/security-guidance.jar"), "bundled");
    Files.writeString(root.resolve("lib/security-guidance.jar.sha256"), sha256(bundled) + "\n");

    Map<String, Object> line = secondLine(run("bootstrap"));

    assertThat(JsonView.string(line, "args")).endsWith(" -jar " + bundled + " hook session-start");
    assertThat(line).containsEntry("from_source", "");
    assertThat(mvnCalls()).isEmpty();
  }

  @Test
  void bundledJarNotMatchingItsSidecarIsRebuiltFromSource() throws Exception {
    Sandbox.write(root.resolve("lib/security-guidance.jar"), "tampered");
    Files.writeString(root.resolve("lib/security-guidance.jar.sha256"), "0".repeat(64) + "\n");

    assertThat(secondLine(run("bootstrap"))).containsEntry("from_source", "7");
    assertThat(mvnCalls()).hasSize(1);
  }

  @Test
  void mavenNetworkFailureIsClassifiedWithTheBuildToolProbes() throws IOException {
    box.env("FAKE_MVN", "dns");

    ProcessResult r = run("bootstrap");

    Map<String, Object> metrics = failureMetrics(r, 2);
    assertThat(metrics).containsEntry("boot_has_javac", true).containsEntry("boot_has_mvn", true)
        .containsEntry("boot_jre", 2100L).containsEntry("boot_jre_src", 2L).containsEntry("boot_jre_upd", 2L);
    assertThat(r.stderr()).contains("build.log");
    assertThat(Files.readString(box.state.resolve("app/build.log"))).contains("Name or service not known");
    assertThat(Files.exists(appDir().resolve("security-guidance.jar"))).isFalse();
    assertThat(Sandbox.calls(jdk)).doesNotContain("-jar");
  }

  @Test
  void compileFailureIsBuildFailed() {
    box.env("FAKE_MVN", "compile");

    failureMetrics(run("bootstrap"), 27);
  }

  @Test
  void aHangingBuildIsKilledAtTheDeadlineAsOurOwnTimeout() throws IOException {
    box.env("FAKE_MVN", "hang").env("SG_TEST_BUILD_TIMEOUT", "2");

    ProcessResult r = run("bootstrap");

    Map<String, Object> metrics = failureMetrics(r, 10);
    assertThat(metrics).doesNotContainKey("boot_rc");
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(15));
    long pid = Long.parseLong(Files.readString(Path.of(mvnLog + ".pid")).strip());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("build killed").isFalse();
    assertThat(Files.exists(box.state.resolve("app/.build.lock"))).as("lock released").isFalse();
  }

  @Test
  void withoutACompilerNothingIsDownloadedAndNoBuildToolIsReported() throws IOException {
    Files.delete(jdk.resolve("bin/javac"));

    Map<String, Object> metrics = failureMetrics(run("bootstrap"), 6);

    assertThat(metrics).containsEntry("boot_has_javac", false).containsEntry("boot_has_mvn", true);
    assertThat(mvnCalls()).isEmpty();
  }

  @Test
  void aBuildInProgressElsewhereIsASkipNotASecondBuild() throws IOException {
    Sandbox.write(box.state.resolve("app/.build.lock/epoch"), java.time.Instant.now().getEpochSecond() + "\n");

    Map<String, Object> metrics = JsonView.object(secondLine(run("bootstrap")), "metrics");

    assertThat(metrics).containsEntry("pv", PluginFiles.pv()).containsEntry("boot", 5L).containsEntry("boot_jre", 2100L)
        .doesNotContainKeys("boot_phase", "boot_err", "boot_has_javac", "boot_has_mvn");
    assertThat(mvnCalls()).isEmpty();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}

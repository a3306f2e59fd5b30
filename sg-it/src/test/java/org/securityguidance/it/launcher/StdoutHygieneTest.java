package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stale CDS archive makes HotSpot print warnings on stdout (bootstrap-and-telemetry.md §4.4); through the launcher
 * they must land on stderr. Runs on the test JVM and on every JDK 17+ found under /usr/lib/jvm.
 */
class StdoutHygieneTest {
  @TempDir Path tmp;

  static Stream<Path> runtimes() throws IOException {
    return Runtimes.installed();
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void cdsWarningsGoToStderrNotStdout(Path javaHome) throws IOException {
    Path java = javaHome.resolve("bin/java");
    Path jar = Launcher.pluginDir().resolve("lib/security-guidance.jar");
    Path archive = staleDynamicArchive(java, jar);
    Map<String, String> env = new LinkedHashMap<>(new Sandbox(tmp.resolve("box")).environment());
    env.remove("SG_JAR");
    env.put("JAVA_TOOL_OPTIONS", "-XX:SharedArchiveFile=" + archive);
    String versionLine = "security-guidance " + PluginFiles.version();

    ProcessResult direct = Launcher.exec(List.of(java.toString(), "-jar", jar.toString(), "--version"), env, tmp);
    assumeTrue(
        direct.stdoutLines().size() > 1, "this runtime prints no CDS warning on stdout; nothing to guard against");

    env.put("SG_JAVA", java.toString());
    ProcessResult viaLauncher = Launcher.run(Launcher.script(), env, tmp, "--version");

    assertThat(viaLauncher.exit()).as(viaLauncher.toString()).isZero();
    assertThat(viaLauncher.stdout()).as(viaLauncher.toString()).isEqualTo(versionLine + "\n");
    assertThat(viaLauncher.stderr()).contains("cds");
  }

  /** An archive dumped for a copy of the jar elsewhere, so its class path no longer matches. */
  private Path staleDynamicArchive(Path java, Path jar) throws IOException {
    Path other = Files.createDirectories(tmp.resolve("elsewhere")).resolve("copy.jar");
    Files.copy(jar, other);
    Path archive = tmp.resolve("stale.jsa");
    Launcher.exec(
        List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", other.toString(), "--version"),
        Map.of("PATH", "/usr/bin:/bin"),
        tmp);
    assumeTrue(Files.exists(archive), "this runtime cannot dump a dynamic CDS archive");
    return archive;
  }
}

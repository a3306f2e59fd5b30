package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher with the real JVM running the tests and the real assembled jar. */
class RealJvmLaunchTest {
  static final Path TEST_JAVA_HOME = Paths.get(System.getProperty("java.home"));

  @TempDir Path tmp;
  Sandbox box;

  @BeforeEach
  void setUp() {
    box = new Sandbox(tmp);
    box.env("SG_JAR", null).env("JAVA_HOME", TEST_JAVA_HOME.toString());
  }

  @Test
  void versionThroughTheHookLauncher() {
    ProcessResult r = box.run("--version");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdout()).isEqualTo("security-guidance " + PluginFiles.version() + "\n");
  }

  @Test
  void theJarManifestCarriesTheVersionTheHookReads() throws IOException {
    try (JarFile jar = new JarFile(Launcher.pluginDir().resolve("lib/security-guidance.jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(PluginFiles.version());
    }
  }

  @Test
  void bootstrapPrintsTheAsyncMarkerBeforeTheJvmRuns() {
    ProcessResult r = box.run("bootstrap");

    assertThat(r.stdout()).startsWith(FailOpenTest.ASYNC_LINE + "\n");
  }

  @Test
  void pluginRootWithSpacesAndTheCommandLineWrapperThroughASymlink() throws IOException {
    Path copy = tmp.resolve("Some User/plugins dir/security guidance");
    copyTree(Launcher.pluginDir(), copy);
    ProcessResult viaHooks = Launcher.run(copy.resolve("hooks/sg-java.sh"), box.environment(), tmp, "--version");
    assertThat(viaHooks.stdout()).as(viaHooks.toString()).startsWith("security-guidance ");

    Path link = Files.createDirectories(tmp.resolve("my bin")).resolve("security-guidance");
    Files.createSymbolicLink(link, copy.resolve("bin/security-guidance"));
    ProcessResult viaLink = Launcher.exec(List.of(link.toString(), "--version"), box.environment(), tmp);
    assertThat(viaLink.stdout()).as(viaLink.toString()).startsWith("security-guidance ");
  }

  @Test
  void argumentsCwdSourceAndEncodingReachTheJvmUnchanged() throws IOException {
    Path jar = EchoJar.build(tmp);
    Path workdir = Files.createDirectories(tmp.resolve("work dir"));
    box.env("SG_JAR", jar.toString());

    ProcessResult r = Launcher.run(Launcher.script(), box.environment(), workdir, "scan", "a b", "", "*", "$HOME");

    assertThat(r.stdoutLines())
        .as(r.toString())
        .containsExactly(
            "cwd=" + workdir.toRealPath(),
            "src=2",
            "stdout.encoding=UTF-8",
            "file.encoding=UTF-8",
            "arg=scan",
            "arg=a b",
            "arg=",
            "arg=*",
            "arg=$HOME");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}

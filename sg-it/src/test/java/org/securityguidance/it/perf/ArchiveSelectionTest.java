package org.securityguidance.it.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.it.launcher.ProcessResult;
import org.securityguidance.it.launcher.Sandbox;

/**
 * The launcher adds a start-up archive flag only when {@code <state>/jvm-cache/archives.index} registers an archive for
 * exactly this java binary, {@code release} line, jar path and jar SHA-256 sidecar, the archive is newer than the jar
 * and not newer than the index; every other case launches with the plain {@code -Xshare:auto}. A fake java prints the
 * argv it was given.
 */
class ArchiveSelectionTest {
  private static final String SHA = "ab".repeat(32);
  private static final String PLAIN = " -Xss1m -Xshare:auto -Dfile.encoding=UTF-8";

  @TempDir Path tmp;
  private Sandbox box;
  private Path java;
  private Path cacheDir;
  private Path archive;

  @BeforeEach
  void setUp() throws IOException {
    box = new Sandbox(tmp.resolve("box"));
    java = box.fakeJdk("jdk", "21").resolve("bin/java");
    box.env("SG_JAVA", java.toString());
    Files.writeString(Path.of(box.jar + ".sha256"), SHA + "\n");
    cacheDir = Files.createDirectories(box.state.resolve("jvm-cache"));
    archive = cacheDir.resolve("sg-30000-abababab-01234567.jsa");
    Files.write(archive, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(box.jar, FileTime.from(Instant.now().minusSeconds(60)));
  }

  private String line(int mode, String name, String javaBin, String release, String jar, String sha) {
    return String.join("\t", "v1", Integer.toString(mode), name, javaBin, release, jar, sha) + "\n";
  }

  private String matching(int mode) {
    return line(mode, archive.getFileName().toString(), java.toString(), "JAVA_VERSION=\"21\"", box.jar.toString(),
        SHA);
  }

  private void index(String text) throws IOException {
    Files.writeString(cacheDir.resolve("archives.index"), text, StandardCharsets.UTF_8);
  }

  private String args() {
    ProcessResult r = box.run("hook", "edit");
    assertThat(r.exit()).isZero();
    return r.stdoutLines().stream().filter(l -> l.startsWith("ARGS ")).findFirst().orElseThrow();
  }

  @Test
  void aMatchingCdsEntryAddsTheSharedArchiveAfterXshareAuto() throws IOException {
    index(matching(1));
    assertThat(args()).contains(" -Xss1m -Xshare:auto -XX:SharedArchiveFile=" + archive + " -Dfile.encoding=UTF-8");
  }

  @Test
  void anAotEntryReplacesXshareBecauseJdk25RefusesToStartWithBoth() throws IOException {
    index(matching(3));
    assertThat(args()).contains(" -Xss1m -XX:AOTCache=" + archive + " -Dfile.encoding=UTF-8").doesNotContain("-Xshare");
  }

  @Test
  void theFirstMatchingEntryWinsWhenAnotherRuntimeIsRegisteredFirst() throws IOException {
    index(line(3, "sg-other.aot", "/opt/jdk-25/bin/java", "JAVA_VERSION=\"25\"", box.jar.toString(), SHA)
        + matching(1));
    assertThat(args()).contains("-XX:SharedArchiveFile=" + archive);
  }

  @Test
  void noIndexMeansThePlainFlags() {
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void anotherJarHashIsIgnored() throws IOException {
    index(line(1, archive.getFileName().toString(), java.toString(), "JAVA_VERSION=\"21\"", box.jar.toString(),
        "cd".repeat(32)));
    assertThat(args()).contains(PLAIN).doesNotContain("SharedArchiveFile");
  }

  @Test
  void anotherReleaseLineIsIgnored() throws IOException {
    index(line(1, archive.getFileName().toString(), java.toString(), "JAVA_VERSION=\"21.0.2\"", box.jar.toString(),
        SHA));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void anotherJavaBinaryIsIgnored() throws IOException {
    index(line(1, archive.getFileName().toString(), java + "2", "JAVA_VERSION=\"21\"", box.jar.toString(), SHA));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void anotherJarPathIsIgnored() throws IOException {
    index(line(1, archive.getFileName().toString(), java.toString(), "JAVA_VERSION=\"21\"", box.jar + ".old", SHA));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void aJarNewerThanTheArchiveIsIgnored() throws IOException {
    index(matching(1));
    Files.setLastModifiedTime(box.jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void anArchiveChangedAfterItWasRegisteredIsIgnored() throws IOException {
    index(matching(1));
    // A later write (e.g. truncation) bumps the mtime past the index's; HotSpot 17 would crash on a short archive.
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void aMissingOrEmptyArchiveIsIgnored() throws IOException {
    index(matching(1));
    Files.write(archive, new byte[0]);
    assertThat(args()).contains(PLAIN);
    Files.delete(archive);
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void aMissingOrShortSidecarIsIgnored() throws IOException {
    index(matching(1));
    Files.writeString(Path.of(box.jar + ".sha256"), "abab\n");
    assertThat(args()).contains(PLAIN);
    Files.delete(Path.of(box.jar + ".sha256"));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void theOffSwitchWins() throws IOException {
    index(matching(1));
    box.env("SG_JVM_CACHE", "0");
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void namesThatLeaveTheCacheDirectoryAreIgnored() throws IOException {
    Files.write(box.state.resolve("escaped.jsa"), new byte[] {1});
    index(line(1, "../escaped.jsa", java.toString(), "JAVA_VERSION=\"21\"", box.jar.toString(), SHA));
    assertThat(args()).contains(PLAIN);
  }

  @Test
  void garbledOrUnknownLinesAreIgnoredAndTheHookStillStarts() throws IOException {
    index("\u0000\u0001garbage\n" + matching(9) + "v2\t1\tx\n" + matching(1).replace("\n", "\textra\n"));
    assertThat(args()).contains(PLAIN);
  }
}

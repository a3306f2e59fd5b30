package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's {@code jvm-runtime.cache}: reused when still true, rebuilt when anything it depends on changed. */
class ResolutionCacheTest {
  @TempDir Path tmp;
  Sandbox box;

  @BeforeEach
  void setUp() {
    box = new Sandbox(tmp);
  }

  private Map<String, String> cache() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(box.cacheFile())) {
      int eq = line.indexOf('=');
      entries.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return entries;
  }

  private void rewriteCache(String key, String value) throws IOException {
    Map<String, String> entries = cache();
    entries.put(key, value);
    StringBuilder text = new StringBuilder();
    entries.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(box.cacheFile(), text);
  }

  private static String ranHome(ProcessResult r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r.stdoutLines().get(0).replace("FAKE-JAVA ", "");
  }

  @Test
  void firstRunWritesTheChoiceAtomically() throws IOException {
    Path jdk = box.fakeJdk("/usr/lib/jvm/jdk-21", "21.0.4");

    box.run("hook", "edit");

    Map<String, String> c = cache();
    assertThat(c)
        .containsEntry("java", Sandbox.javaOf(jdk).toString())
        .containsEntry("home", jdk.toString())
        .containsEntry("feature", "21")
        .containsEntry("update", "4")
        .containsEntry("src", "7")
        .containsEntry("release", "JAVA_VERSION=\"21.0.4\"")
        .containsEntry("env_path", box.environment().get("PATH"));
    long age = Instant.now().getEpochSecond() - Long.parseLong(c.get("ts"));
    assertThat(age).isBetween(0L, 60L);
    try (Stream<Path> files = Files.list(box.state)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactly("jvm-runtime.cache");
    }
  }

  @Test
  void validEntryIsReusedWithoutProbingAgain() {
    Path jdk = box.fakeJdkWithoutRelease("norelease", "openjdk version \"21.0.1\"", 0, false);
    box.prependPath(jdk.resolve("bin"));

    box.run("hook", "edit");
    box.run("hook", "edit");
    ProcessResult third = box.run("hook", "stop");

    assertThat(ranHome(third)).isEqualTo(jdk.toString());
    assertThat(third.stdoutLines()).contains("SRC 3");
    assertThat(Sandbox.calls(jdk).lines().filter(l -> l.equals("-version"))).hasSize(1);
  }

  @Test
  void newerRuntimeInstalledLaterIsIgnoredUntilTheEntryExpires() throws IOException {
    Path first = box.fakeJdk("/usr/lib/jvm/jdk-21", "21.0.4");
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(first.toString());
    Path newer = box.fakeJdk(".sdkman/candidates/java/25.0.1-tem", "25.0.1");

    assertThat(ranHome(box.run("hook", "edit"))).as("cache hit").isEqualTo(first.toString());

    rewriteCache("ts", Long.toString(Instant.now().getEpochSecond() - 8 * 24 * 3600));
    assertThat(ranHome(box.run("hook", "edit"))).as("expired after 7 days").isEqualTo(newer.toString());
  }

  @Test
  void changedJavaHomeInvalidatesTheEntry() {
    Path a = box.fakeJdk("a", "21");
    Path b = box.fakeJdk("b", "17.0.1");
    box.env("JAVA_HOME", a.toString());
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(a.toString());

    box.env("JAVA_HOME", b.toString());
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(b.toString());
  }

  @Test
  void changedPathInvalidatesTheEntry() {
    Path a = box.fakeJdk("a", "21");
    Path b = box.fakeJdk("b", "22");
    Sandbox withA = box.prependPath(a.resolve("bin"));
    assertThat(ranHome(withA.run("hook", "edit"))).isEqualTo(a.toString());

    box.env("PATH", b.resolve("bin") + ":" + box.tools);
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(b.toString());
  }

  @Test
  void vanishedBinaryInvalidatesTheEntry() throws IOException {
    Path sdk = box.fakeJdk(".sdkman/candidates/java/25-tem", "25");
    Path linux = box.fakeJdk("/usr/lib/jvm/jdk-21", "21");
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(sdk.toString());

    Files.delete(Sandbox.javaOf(sdk));
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(linux.toString());
  }

  @Test
  void changedReleaseLineInvalidatesTheEntry() throws IOException {
    Path jdk = box.fakeJdk("/usr/lib/jvm/jdk-21", "21.0.4");
    box.run("hook", "edit");

    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
    box.run("hook", "edit");

    assertThat(cache()).containsEntry("update", "5").containsEntry("release", "JAVA_VERSION=\"21.0.5\"");
  }

  @Test
  void garbageOrTamperedEntryIsIgnoredAndRewritten() throws IOException {
    Path jdk = box.fakeJdk("/usr/lib/jvm/jdk-21", "21.0.4");
    Files.createDirectories(box.state);
    Files.write(box.cacheFile(), new byte[] {0, 1, 2, (byte) 0xff, '\n', 'v', '=', '9'});
    assertThat(ranHome(box.run("hook", "edit"))).isEqualTo(jdk.toString());
    assertThat(cache()).containsEntry("v", "1");

    Path old = box.fakeJdk("old", "11");
    rewriteCache("java", Sandbox.javaOf(old).toString());
    rewriteCache("home", old.toString());
    rewriteCache("release", "JAVA_VERSION=\"11\"");
    rewriteCache("feature", "11");
    assertThat(ranHome(box.run("hook", "edit"))).as("a cached runtime below 17 is never used")
        .isEqualTo(jdk.toString());
  }
}

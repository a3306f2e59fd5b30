package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/** Which runtime the launcher picks (bootstrap-and-telemetry.md §4.3), with fake JDK homes and stub binaries. */
class DiscoveryOrderTest {
  @TempDir Path tmp;
  Sandbox box;

  @BeforeEach
  void setUp() {
    box = new Sandbox(tmp);
  }

  private static void assertRan(ProcessResult r, Path home, int src) {
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdoutLines()).as(r.toString()).startsWith("FAKE-JAVA " + home, "SRC " + src);
  }

  @Test
  void sgJavaWinsOverJavaHomeAndPath() {
    Path explicit = box.fakeJdk("explicit", "21.0.1");
    Path javaHome = box.fakeJdk("javahome", "25.0.3");
    Path onPath = box.fakeJdk("onpath", "24");
    box.env("SG_JAVA", Sandbox.javaOf(explicit).toString()).env("JAVA_HOME", javaHome.toString());
    box.prependPath(onPath.resolve("bin"));

    assertRan(box.run("hook", "edit"), explicit, 1);
  }

  @Test
  void sgJavaHomeIsTheSameExplicitSource() {
    Path explicit = box.fakeJdk("explicit-home", "17.0.9");
    box.env("SG_JAVA_HOME", explicit.toString()).env("JAVA_HOME", box.fakeJdk("jh", "25").toString());

    assertRan(box.run("hook", "edit"), explicit, 1);
  }

  @Test
  void javaHomeBeatsPathEvenWhenPathIsNewer() {
    Path javaHome = box.fakeJdk("javahome", "17.0.2");
    box.env("JAVA_HOME", javaHome.toString()).prependPath(box.fakeJdk("onpath", "25").resolve("bin"));

    assertRan(box.run("hook", "edit"), javaHome, 2);
  }

  @Test
  void pathBeatsWellKnownLocationsEvenWhenTheyAreNewer() {
    Path onPath = box.fakeJdk("onpath", "17.0.2");
    box.prependPath(onPath.resolve("bin"));
    box.fakeJdk(".sdkman/candidates/java/25.0.1-tem", "25.0.1");

    assertRan(box.run("hook", "edit"), onPath, 3);
  }

  @Test
  void emptyJavaHomeCountsAsUnset() {
    Path onPath = box.fakeJdk("onpath", "21");
    box.env("JAVA_HOME", "").prependPath(onPath.resolve("bin"));

    assertRan(box.run("hook", "edit"), onPath, 3);
  }

  @Test
  void tooOldExplicitChoiceFallsThroughToTheNextSource() {
    box.env("JAVA_HOME", box.fakeJdk("old", "1.8.0_392").toString());
    Path brew = box.fakeJdk("/opt/homebrew/opt/openjdk@21", "21.0.4");

    assertRan(box.run("hook", "edit"), brew, 5);
  }

  @Test
  void highestVersionWinsAmongWellKnownLocations() {
    box.fakeJdk(".sdkman/candidates/java/17.0.9-tem", "17.0.9");
    box.fakeJdk("/usr/lib/jvm/java-21-openjdk", "21.0.5");
    Path gradle = box.fakeJdk(".gradle/jdks/eclipse_adoptium-25-amd64", "25.0.3");
    box.fakeJdk(".asdf/installs/java/temurin-11", "11.0.20");

    assertRan(box.run("hook", "edit"), gradle, 9);
  }

  @Test
  void firstFoundWinsATieAmongWellKnownLocations() {
    Path sdkman = box.fakeJdk(".sdkman/candidates/java/21.0.1-tem", "21.0.1");
    box.fakeJdk("/usr/lib/jvm/java-21-openjdk", "21.0.5");

    assertRan(box.run("hook", "edit"), sdkman, 4);
  }

  @Test
  void macOsVirtualMachinesDirectoryIsSearched() {
    Path mac = box.fakeJdk("/Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home", "21.0.2");

    assertRan(box.run("hook", "edit"), mac, 6);
  }

  @Test
  void macOsJavaStubOnPathIsReplacedByTheJdkJavaHomeNames() {
    Path usr = box.fakeJdkWithoutRelease("/usr", "must not run", 0, false);
    Path jdk = box.fakeJdk("/Library/Java/JavaVirtualMachines/zulu-21.jdk/Contents/Home", "21.0.6");
    Path javaHomeTool = box.fsRoot.resolve("usr/libexec/java_home");
    Sandbox.write(javaHomeTool, "#!" + Launcher.onHostPath("bash") + "\necho " + Sandbox.quote(jdk.toString()) + "\n");
    Sandbox.makeExecutable(javaHomeTool);
    box.prependPath(usr.resolve("bin"));

    assertRan(box.run("hook", "edit"), jdk, 3);
    assertThat(Sandbox.calls(usr)).isEmpty();
  }

  @Test
  void windowsProgramFilesWithSpacesAndJavaExeIsSearched() {
    Path win = box.fakeWindowsJdk("/c/Program Files/Eclipse Adoptium/jdk-21.0.2.13-hotspot", "21.0.2");

    assertRan(box.run("hook", "edit"), win, 8);
  }

  @Test
  void ideBundledRuntimeIsUsedOnlyWithOptIn() {
    Path jbr = box.fakeJdk("/Applications/IntelliJ IDEA CE.app/Contents/jbr/Contents/Home", "21.0.5");

    ProcessResult without = box.run("hook", "edit");
    FailOpenTest.assertMinimalLine(without, 10);
    assertThat(Sandbox.calls(jbr)).doesNotContain("-jar");

    box.env("SG_ALLOW_IDE_JRE", "1");
    assertRan(box.run("hook", "edit"), jbr, 10);
  }

  @Test
  void symlinkedBinaryIsVersionedFromTheReleaseFileOfItsRealHome() throws IOException {
    Path jdk = box.fakeJdk("/usr/lib/jvm/real-jdk-21", "21.0.3");
    Path linkDir = Files.createDirectories(tmp.resolve("alternatives"));
    Files.createSymbolicLink(linkDir.resolve("java"), Sandbox.javaOf(jdk));
    box.prependPath(linkDir);

    assertRan(box.run("hook", "edit"), jdk, 3);
    assertThat(Sandbox.calls(jdk)).as("no -version probe when a release file exists").doesNotContain("-version");
  }

  @Test
  void runtimeWithoutReleaseFileIsVersionedByRunningIt() {
    Path jdk = box.fakeJdkWithoutRelease("norelease", "openjdk version \"21.0.1\" 2023-10-17", 0, false);
    box.prependPath(jdk.resolve("bin"));

    assertRan(box.run("hook", "edit"), jdk, 3);
    assertThat(Sandbox.calls(jdk)).contains("-version");
  }

  @Test
  void launchesWithTheHygieneFlagsThenTheJarAndTheArguments() {
    Path jdk = box.fakeJdk("jdk", "21");
    box.env("JAVA_HOME", jdk.toString());

    ProcessResult r = box.run("hook", "edit");

    assertThat(r.stdoutLines())
        .contains(
            "ARGS -Xlog:disable -Xlog:all=warning:stderr -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1"
                + " -XX:+UseSerialGC -Xmx256m -Xss1m -Xshare:auto -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8"
                + " -Dsun.stdout.encoding=UTF-8 -jar " + box.jar + " hook edit");
  }

  @Test
  void bootstrapPrintsTheAsyncLineFirstThenOnlyTheJsonLineOfSessionStart() {
    Path jdk = box.fakeJdk("jdk", "21");
    box.env("JAVA_HOME", jdk.toString());

    ProcessResult r = box.run("bootstrap");

    assertThat(r.exit()).isZero();
    assertThat(r.stdoutLines()).as(r.toString()).hasSize(2);
    assertThat(r.stdoutLines().get(0)).isEqualTo(FailOpenTest.ASYNC_LINE);
    Map<String, Object> line = Json.parseObject(r.stdoutLines().get(1));
    assertThat(line).containsEntry("fake_java", jdk.toString()).containsEntry("src", "2");
    assertThat(JsonView.string(line, "args")).endsWith(" -jar " + box.jar + " hook session-start");
  }

  @Test
  void javaHomeTooOldFallsBackToTheHomebrewKeg() {
    box.env("JAVA_HOME", box.fakeJdk("jdk8", "1.8.0_392").toString());
    Path brew = box.fakeJdk("/opt/homebrew/opt/openjdk@21/libexec/openjdk.jdk/Contents/Home", "21.0.4");
    Path keg = box.fsRoot.resolve("opt/homebrew/opt/openjdk@21/bin");
    try {
      Files.createDirectories(keg);
      Files.createSymbolicLink(keg.resolve("java"), Sandbox.javaOf(brew));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    assertRan(box.run("hook", "edit"), brew, 5);
  }

  @Test
  void gitBashConvertsTheJarAndAbsoluteArgumentsWithCygpath() throws IOException {
    Path win = box.fakeWindowsJdk("/c/Program Files/Eclipse Adoptium/jdk-21.0.2.13-hotspot", "21.0.2");
    Path bin = Files.createDirectories(tmp.resolve("gitbash-bin"));
    Sandbox.write(bin.resolve("cygpath"), "#!" + Launcher.onHostPath("bash") + "\n"
        + "if [ \"$1\" = -w ]; then p=${2//\\//\\\\}; printf 'C:%s\\n' \"$p\"; else printf '%s\\n' \"$2\"; fi\n");
    Sandbox.makeExecutable(bin.resolve("cygpath"));
    box.prependPath(bin);

    ProcessResult r = box.run("scan", "/work/src");

    assertThat(r.stdoutLines()).as(r.toString()).startsWith("FAKE-JAVA " + win);
    String winJar = "C:" + box.jar.toString().replace('/', '\\');
    assertThat(r.stdoutLines()).anyMatch(l -> l.startsWith("ARGS ") && l.endsWith(" -jar " + winJar + " scan C:\\work\\src"));
    assertThat(Files.readString(box.cacheFile())).contains("jar_win=" + winJar);
  }
}

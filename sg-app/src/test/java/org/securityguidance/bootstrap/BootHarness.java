package org.securityguidance.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.securityguidance.flow.SessionStartFlow;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.state.DebugLog;
import org.securityguidance.testkit.MutableClock;

/**
 * A bootstrap under test: a temp state dir, a real jar file with its sidecar, a fake runtime (JDK 17 HotSpot unless
 * changed), a {@link FakeJvmRunner} and a {@link MutableClock}. Settings fields are mutable so each test says only
 * what differs.
 */
final class BootHarness {
  static final long PV = 30000;

  final Path root;
  final MutableClock clock = MutableClock.atSystemNow();
  final FakeJvmRunner runner = new FakeJvmRunner(clock);
  Path state;
  Path jar;
  Path javaHome;
  String release = "JAVA_VERSION=\"17.0.15\"";
  String version = "17.0.15+6";
  String vmName = "OpenJDK 64-Bit Server VM";
  boolean killSwitch;
  boolean cacheOff;
  int jreSrc = 3;
  String exportedRelease;
  Integer fromSource;
  Boolean launcherJavac;
  Boolean launcherMvn;
  boolean jto;
  boolean windows;
  Supplier<List<String>> flags = () -> List.of("-XX:+UseSerialGC", "-Xmx256m");

  BootHarness(Path root) throws IOException {
    this.root = root;
    this.state = root.resolve("state");
    this.javaHome = Files.createDirectories(root.resolve("jdk"));
    Path lib = Files.createDirectories(root.resolve("plugin/lib"));
    jar = Files.writeString(lib.resolve("security-guidance.jar"), "not really a jar, but bytes to hash");
    Files.writeString(lib.resolve("security-guidance.jar.sha256"), JarVerifier.sha256(jar) + "  security-guidance.jar\n");
  }

  /** Puts an executable {@code bin/javac} into the fake runtime's home. */
  void withJavac() throws IOException {
    Path javac = Files.createDirectories(javaHome.resolve("bin")).resolve("javac");
    Files.writeString(javac, "#!/bin/sh\n");
    javac.toFile().setExecutable(true);
  }

  BootContext context() {
    BootSettings s = new BootSettings(killSwitch, cacheOff, jreSrc, exportedRelease, fromSource, launcherJavac,
        launcherMvn, jto, state, root.resolve("home").toString());
    RunningRuntime rt = new RunningRuntime(javaHome.resolve("bin/java").toString(), release,
        Runtime.Version.parse(version), vmName, null, "abcdef01", javaHome, windows);
    return new BootContext(s, rt, jar, flags, runner, clock, PV);
  }

  BootRun run(Bootstrap.Mode mode) {
    return new Bootstrap(context()).run(mode);
  }

  /** The metrics object SessionStart prints for a run, after checking the line is protocol-valid. */
  Map<String, Object> sessionStartMetrics() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HookOutput output = new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), PV);
    SessionStartFlow.run(context(), DebugLog.discard(), output);
    String stdout = out.toString(StandardCharsets.UTF_8);
    return EmissionContract.check(stdout);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> metricsOf(String line) {
    return (Map<String, Object>) Json.parseObject(line).get("metrics");
  }
}

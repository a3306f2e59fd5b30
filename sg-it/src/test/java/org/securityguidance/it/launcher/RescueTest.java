package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostToolUse rescue (spec §4.5 "Detached rescue", §5 G 32 launcher side): {@code hook edit} without a start-up
 * archive for a HotSpot runtime spawns {@code sg-java.sh rescue} detached, at most once per 300 s, writing the
 * throttle first and swallowing every error; the path that does not spawn forks nothing.
 */
class RescueTest {
  private static final Pattern FORK = Pattern.compile("(?m)^\\d+\\s+(clone|clone3|fork|vfork)\\(");

  @TempDir Path tmp;
  Sandbox box;
  Path jdk;
  Path throttle;

  @BeforeEach
  void setUp() throws IOException {
    box = new Sandbox(tmp);
    jdk = box.fakeJdk("jdk", "21.0.2");
    box.env("JAVA_HOME", jdk.toString());
    throttle = box.state.resolve(".jvm_boot_spawned");
    Files.delete(throttle);
  }

  private static long rescues(Path home) {
    return Sandbox.calls(home).lines().filter(l -> l.endsWith(" bootstrap --rescue")).count();
  }

  private static void awaitRescues(Path home, long count) throws InterruptedException {
    for (int i = 0; i < 100 && rescues(home) < count; i++) {
      Thread.sleep(100);
    }
    assertThat(rescues(home)).as(Sandbox.calls(home)).isEqualTo(count);
  }

  @Test
  void editWithoutArchiveSpawnsOneDetachedRescueThenThrottlesForFiveMinutes() throws Exception {
    ProcessResult first = box.run("hook", "edit");

    assertThat(first.exit()).isZero();
    assertThat(first.stdoutLines()).as("the hook itself runs normally").anyMatch(l -> l.endsWith(" hook edit"));
    long written = Long.parseLong(Files.readString(throttle).strip());
    assertThat(written).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond());
    awaitRescues(jdk, 1);
    assertThat(Sandbox.calls(jdk)).contains("-jar " + box.jar + " bootstrap --rescue");

    box.run("hook", "edit");
    Thread.sleep(1000);
    assertThat(rescues(jdk)).as("throttled").isEqualTo(1);

    Files.writeString(throttle, (Instant.now().getEpochSecond() - 301) + "\n");
    box.run("hook", "edit");
    awaitRescues(jdk, 2);
  }

  @Test
  void noRescueFromOtherHooksWithTheCacheOffTheKillSwitchOrOpenJ9() throws Exception {
    box.run("hook", "stop");
    box.run("hook", "prompt");
    box.env("SG_JVM_CACHE", "0").run("hook", "edit");
    box.env("SG_JVM_CACHE", null).env("SECURITY_GUIDANCE_DISABLE", "1").run("hook", "edit");
    box.env("SECURITY_GUIDANCE_DISABLE", null).env("ENABLE_SECURITY_REMINDER", "0").run("hook", "edit");
    Path openj9 = box.fakeJdk("openj9", "21.0.2");
    Files.writeString(openj9.resolve("release"), "JAVA_VERSION=\"21.0.2\"\nJVM_VARIANT=\"Openj9\"\n");
    box.env("ENABLE_SECURITY_REMINDER", null).env("JAVA_HOME", openj9.toString()).run("hook", "edit");

    Thread.sleep(500);
    assertThat(Files.exists(throttle)).isFalse();
    assertThat(rescues(jdk) + rescues(openj9)).isZero();
  }

  @Test
  void noRescueWhileABootstrapHoldsItsSentinel() throws Exception {
    Files.writeString(box.state.resolve("jvm-boot.building"), "owner\n");

    box.run("hook", "edit");

    Thread.sleep(500);
    assertThat(Files.exists(throttle)).isFalse();
    assertThat(rescues(jdk)).isZero();
  }

  @Test
  void aThrottleThatCannotBeWrittenMeansNoSpawnAndNoError() throws IOException {
    Path file = Files.writeString(tmp.resolve("state-is-a-file"), "x");
    box.env("SECURITY_WARNINGS_STATE_DIR", file.toString());

    ProcessResult r = box.run("hook", "edit");

    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdoutLines()).anyMatch(l -> l.endsWith(" hook edit"));
    assertThat(rescues(jdk)).isZero();
  }

  @Test
  void theRescueRunsTheBootstrapSubcommandWithNothingOnStdout() {
    ProcessResult r = box.run("rescue");

    assertThat(r.exit()).isZero();
    // The stub echoes its arguments on stdout like any program; the spawn sends stdout to /dev/null.
    assertThat(Sandbox.calls(jdk)).contains("-jar " + box.jar + " bootstrap --rescue");
  }

  /** Measured with strace: a throttled edit hook forks nothing; a spawning one does (the control). */
  @Test
  void theThrottledPathAddsNoFork() throws Exception {
    Path strace = straceOrSkip();
    Files.writeString(throttle, Instant.now().getEpochSecond() + "\n");
    box.run("hook", "edit"); // warms the resolution cache

    assertThat(forksOf(strace)).as("throttled edit hook").isZero();

    Files.writeString(throttle, (Instant.now().getEpochSecond() - 301) + "\n");
    assertThat(forksOf(strace)).as("spawning edit hook (control)").isPositive();
  }

  private long forksOf(Path strace) throws IOException {
    Path log = tmp.resolve("strace-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(strace.toString(), "-f", "-qq", "-o", log.toString(),
        "-e", "trace=clone,clone3,fork,vfork", Launcher.onHostPath("bash").toString(), Launcher.script().toString(),
        "hook", "edit"));
    ProcessResult r = Launcher.exec(command, box.environment(), tmp);
    assertThat(r.exit()).as(r.toString()).isZero();
    return FORK.matcher(Files.readString(log)).results().count();
  }

  private Path straceOrSkip() throws IOException {
    Path strace;
    try {
      strace = Launcher.onHostPath("strace");
    } catch (IllegalStateException e) {
      assumeTrue(false, "strace is not installed: the fork count cannot be measured here");
      return null;
    }
    Path log = tmp.resolve("probe.log");
    ProcessResult probe = Launcher.exec(
        List.of(strace.toString(), "-f", "-qq", "-o", log.toString(), "-e", "trace=clone", Launcher.onHostPath("bash")
            .toString(), "-c", "/bin/true"), box.environment(), tmp);
    assumeTrue(probe.exit() == 0 && Files.exists(log), "strace cannot trace here (ptrace denied?): " + probe);
    return strace;
  }
}

package org.securityguidance.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS) // uses POSIX sh, cat, sleep, head, printf
class ProcessRunnerTest {
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
  private final ProcessRunner runner = ProcessRunner.local();

  private ProcessResult sh(String script) {
    return runner.run(ProcessRequest.of(List.of("sh", "-c", script), null, TEN_SECONDS));
  }

  @Test
  void capturesStdoutStderrAndExitCodeSeparately() {
    ProcessResult r = sh("echo out; echo err >&2; exit 3");

    assertThat(r.started()).isTrue();
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.ok()).isFalse();
    assertThat(r.stdout()).isEqualTo("out\n");
    assertThat(r.stderr()).isEqualTo("err\n");
    assertThat(r.timedOut()).isFalse();
    assertThat(r.truncated()).isFalse();
  }

  @Test
  void argumentsAreNeverInterpretedByAShell() {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("printf", "%s|", "a b", "$(id)", "; rm -rf x"), null,
        TEN_SECONDS));

    assertThat(r.stdout()).isEqualTo("a b|$(id)|; rm -rf x|");
  }

  @Test
  void stdinIsClosedWhenNoBytesAreGiven() {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("cat"), null, TEN_SECONDS));

    assertThat(r.ok()).isTrue();
    assertThat(r.stdoutBytes()).isEmpty();
  }

  @Test
  void givenStdinBytesReachTheChild() {
    byte[] input = "héllo\nworld".getBytes(StandardCharsets.UTF_8);
    ProcessResult r = runner.run(ProcessRequest.of(List.of("cat"), null, TEN_SECONDS).withStdin(input));

    assertThat(r.stdoutBytes()).isEqualTo(input);
  }

  @Test
  void outputIsDecodedAsUtf8WithReplacementAndRawBytesAreKept() {
    ProcessResult r = sh("printf 'a\\377b\\303\\201'");

    assertThat(r.stdoutBytes()).containsExactly('a', 0xff - 256, 'b', 0xc3 - 256, 0x81 - 256);
    assertThat(r.stdout()).isEqualTo("a\uFFFDbÁ");
  }

  @Test
  void missingBinaryIsAResultNotAnException() {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("sg-no-such-binary-4711"), null, TEN_SECONDS));

    assertThat(r.started()).isFalse();
    assertThat(r.ok()).isFalse();
    assertThat(r.exitCode()).isEqualTo(ProcessResult.NO_EXIT_CODE);
    assertThat(r.startError()).contains("sg-no-such-binary-4711");
    assertThat(r.describe()).startsWith("start failed");
  }

  @Test
  void missingWorkingDirectoryIsAResultNotAnException(@TempDir Path tmp) {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("true"), tmp.resolve("gone"), TEN_SECONDS));

    assertThat(r.started()).isFalse();
  }

  @Test
  void runsInTheGivenDirectory(@TempDir Path tmp) {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("pwd", "-P"), tmp, TEN_SECONDS));

    assertThat(Path.of(r.stdout().strip())).isEqualTo(tmp.toAbsolutePath());
  }

  @Test
  void givenEnvironmentReplacesTheInheritedOne() {
    ProcessRequest request = ProcessRequest.of(List.of("/usr/bin/env"), null, TEN_SECONDS)
        .withEnvironment(Map.of("SG_ONLY", "1"));

    assertThat(runner.run(request).stdout()).isEqualTo("SG_ONLY=1\n");
  }

  @Test
  void timeoutDestroysTheWholeProcessTree() {
    long start = System.nanoTime();
    ProcessRequest request = ProcessRequest.of(List.of("sh", "-c", "sleep 300 & echo $!; wait"), null,
        Duration.ofMillis(700));
    ProcessResult r = runner.run(request);
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.timedOut()).isTrue();
    assertThat(r.ok()).isFalse();
    assertThat(r.exitCode()).isEqualTo(ProcessResult.NO_EXIT_CODE);
    assertThat(elapsedMs).isLessThan(8_000);
    long grandchild = Long.parseLong(r.stdout().strip());
    Optional<ProcessHandle> handle = ProcessHandle.of(grandchild);
    handle.ifPresent(h -> h.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join());
    assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
  }

  @Test
  void outputBeyondTheCapIsDrainedAndFlagged() {
    ProcessRequest request = ProcessRequest.of(List.of("head", "-c", "1000000", "/dev/zero"), null, TEN_SECONDS)
        .withOutputCap(1000);
    ProcessResult r = runner.run(request);

    assertThat(r.ok()).isTrue(); // the child was not blocked on a full pipe
    assertThat(r.stdoutBytes()).hasSize(1000);
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void tailModeKeepsTheLastBytesOfEachStream() {
    // 1..20000, one per line: the head is "1\n2\n...", the tail ends with "19999\n20000\n".
    List<String> argv = List.of("sh", "-c", "seq 1 20000; seq 1 20000 >&2");
    ProcessResult head = runner.run(ProcessRequest.of(argv, null, TEN_SECONDS).withOutputCap(64));
    ProcessResult tail = runner.run(ProcessRequest.of(argv, null, TEN_SECONDS).withOutputCap(64).keepingTail());

    assertThat(head.stdout()).startsWith("1\n2\n3\n").hasSize(64);
    assertThat(tail.stdout()).endsWith("19999\n20000\n").hasSize(64).doesNotContain("\n1\n");
    assertThat(tail.stderr()).endsWith("19999\n20000\n").hasSize(64);
    assertThat(tail.truncated()).isTrue();
  }

  @Test
  void tailModeUnderTheCapKeepsEverything() {
    ProcessResult r = runner.run(ProcessRequest.of(List.of("printf", "abc"), null, TEN_SECONDS)
        .withOutputCap(64).keepingTail());

    assertThat(r.stdout()).isEqualTo("abc");
    assertThat(r.truncated()).isFalse();
  }

  @Test
  void requestValidatesItsArguments() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProcessRequest.of(List.of(), null, TEN_SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ProcessRequest.of(List.of("x"), null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

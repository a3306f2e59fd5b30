package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/** Spec §5 A 6 and B 10 with real child processes: what the JDK reports for signals and for our own timeout. */
class SignalKillProcessTest {
  private static ProcessResult run(String script, Duration timeout) {
    return ProcessRunner.local().run(ProcessRequest.of(List.of("sh", "-c", script), null, timeout));
  }

  private static BootFailure classify(ProcessResult r) {
    return BootClassifier.classifyProcess(BootPhase.CACHE, r.exitCode(), r.timedOut(), r.stderr(), false, null);
  }

  @Test
  void sigkillIs137AndASignalKill() {
    ProcessResult r = run("kill -9 $$", Duration.ofSeconds(20));
    assertThat(r.exitCode()).isEqualTo(137);
    BootFailure f = classify(r);
    assertThat(f.err()).isEqualTo(BootErrKind.SIGNAL_KILLED);
    assertThat(f.rc()).isEqualTo(137);
    assertThat(f.startsCooldown()).isTrue();
  }

  @Test
  void sigtermIs143AndNotASignalKill() {
    ProcessResult r = run("kill -15 $$", Duration.ofSeconds(20));
    assertThat(r.exitCode()).isEqualTo(143);
    assertThat(BootCodes.isSignalKill(r.exitCode())).isFalse();
    assertThat(classify(r).err()).isEqualTo(BootErrKind.UNCATEGORIZED);
  }

  @Test
  void ourOwnTimeoutIsSubprocessTimeoutAndDoesNotCoolDown() {
    ProcessResult r = run("echo started >&2; exec sleep 30", Duration.ofMillis(300));
    assertThat(r.timedOut()).isTrue();
    BootFailure f = classify(r);
    assertThat(f.err()).isEqualTo(BootErrKind.SUBPROCESS_TIMEOUT);
    assertThat(f.startsCooldown()).isFalse();
  }

  @Test
  void aChildThatNeverStartedIsAnIoExceptionWithErrnoNotASignalKill() {
    ProcessResult r = ProcessRunner.local().run(
        ProcessRequest.of(List.of("/nonexistent/bin/java", "-version"), null, Duration.ofSeconds(5)));
    assertThat(r.started()).isFalse();
    BootFailure f = BootClassifier.classifyStartFailure(BootPhase.CACHE, r.startError());
    assertThat(f).isEqualTo(new BootFailure(BootPhase.CACHE, BootErrKind.UNCATEGORIZED, 0, 16, 2, null));
    assertThat(BootClassifier.classifyStartFailure(BootPhase.CACHE, null).exc()).isEqualTo(99);
    assertThat(BootClassifier.classifyStartFailure(BootPhase.CACHE, "SecurityException: denied").exc())
        .isEqualTo(20);
  }

  @Test
  void aFailingChildsLastLineIsHashed() {
    ProcessResult r = run("echo 'ERROR: Failed building wheel for cryptography' >&2; exit 1", Duration.ofSeconds(20));
    assertThat(classify(r)).isEqualTo(new BootFailure(BootPhase.CACHE, BootErrKind.UNCATEGORIZED, 820, 0, 0, null));
  }
}

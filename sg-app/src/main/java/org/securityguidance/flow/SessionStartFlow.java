package org.securityguidance.flow;

import org.securityguidance.bootstrap.BootContext;
import org.securityguidance.bootstrap.BootRun;
import org.securityguidance.bootstrap.Bootstrap;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.telemetry.boot.BootClassifier;
import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootPhase;
import org.securityguidance.telemetry.boot.BootReport;

/**
 * SessionStart: runs the bootstrap state machine (spec §4.5) and prints exactly one metrics line, its {@code boot_*}
 * report. The launcher has already printed the async marker, so the session never waits on this.
 *
 * <p>Design note: the kill switch is part of the report (outcome 0, cache mode 0, spec §4.5 step 2), not a skip line,
 * and stdin is not read: nothing in it changes the bootstrap.
 */
public final class SessionStartFlow {
  private SessionStartFlow() {}

  /**
   * Runs the bootstrap for this JVM and prints its line. Even a failure to read the runtime's facts is reported as a
   * bootstrap line (3, phase main, exc), not as a generic skip.
   */
  public static int run(Env env, Class<?> anchor, DebugLog log, HookOutput out) {
    BootContext ctx;
    try {
      ctx = BootContext.live(env, out.pv(), anchor);
    } catch (RuntimeException | LinkageError e) {
      log.log("session-start: no bootstrap context: " + e.getClass().getName());
      BootFailure failure = BootClassifier.classifyException(BootPhase.MAIN, e);
      out.emit(new BootReport(BootOutcome.BUILD_FAILED, failure, null, null, null, null, null, false, null, null)
          .toMetrics(out.pv()));
      return 0;
    }
    return run(ctx, log, out);
  }

  /** Runs the bootstrap in {@code ctx} and prints its line; never throws past the caller's fail-safe. */
  public static int run(BootContext ctx, DebugLog log, HookOutput out) {
    BootRun run = new Bootstrap(ctx).run(Bootstrap.Mode.SESSION);
    log.log("session-start: " + describe(run));
    out.emit(run.report().toMetrics(out.pv()));
    return 0;
  }

  /** Codes and the content-free detail, for the debug log. */
  public static String describe(BootRun run) {
    BootReport r = run.report();
    BootFailure f = r.failure();
    String codes = "boot=" + r.outcome().code() + (f == null ? ""
        : " phase=" + f.reportedPhase().code() + " err=" + f.reportedErr().code() + " exc=" + f.exc() + " errno="
            + f.errno() + " rc=" + f.rc());
    return codes + " (" + run.detail() + ") in " + r.millis() + " ms"
        + (run.archive() == null ? "" : ", archive " + run.archive());
  }
}

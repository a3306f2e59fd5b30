package org.securityguidance.flow;

import org.securityguidance.bootstrap.BootContext;
import org.securityguidance.bootstrap.BootRun;
import org.securityguidance.bootstrap.Bootstrap;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.state.DebugLog;
import org.securityguidance.telemetry.boot.BootFailure;
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

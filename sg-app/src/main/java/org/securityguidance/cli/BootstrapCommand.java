package org.securityguidance.cli;

import java.io.PrintStream;
import org.securityguidance.bootstrap.BootContext;
import org.securityguidance.bootstrap.BootRun;
import org.securityguidance.bootstrap.Bootstrap;
import org.securityguidance.bootstrap.RescueResult;
import org.securityguidance.config.Settings;
import org.securityguidance.flow.SessionStartFlow;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.telemetry.VersionCode;

/**
 * {@code bootstrap --rescue}: the detached rescue the launcher spawns from an edit hook when no start-up archive
 * exists (issue 5, contract 3). Runs the SessionStart state machine without stdin, prints nothing on stdout, and
 * leaves its outcome in {@code <state>/jvm-boot.last} for the next SessionStart's {@code boot_last}. Exits 0 always:
 * nobody waits for it.
 */
final class BootstrapCommand {
  private BootstrapCommand() {}

  static int run(String[] args, Env env) {
    if (args.length != 1 || !args[0].equals("--rescue")) {
      throw new UsageException("usage: bootstrap --rescue");
    }
    DebugLog log = DebugLog.discard();
    try {
      Settings settings = Settings.from(env);
      log = DebugLog.to(settings.debugLog());
      BootContext ctx = BootContext.live(env, VersionCode.encode(Version.current()), BootstrapCommand.class);
      BootRun run = new Bootstrap(ctx).run(Bootstrap.Mode.RESCUE);
      RescueResult.record(ctx.settings().stateDir(), run.report().outcome().code());
      log.log("bootstrap --rescue: " + SessionStartFlow.describe(run));
    } catch (Throwable t) {
      log.log("bootstrap --rescue failed: " + t.getClass().getName());
    }
    return ExitCode.OK;
  }
}

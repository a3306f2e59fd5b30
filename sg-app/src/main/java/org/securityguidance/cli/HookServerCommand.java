package org.securityguidance.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.securityguidance.config.Settings;
import org.securityguidance.server.HookRunner;
import org.securityguidance.server.HookServer;
import org.securityguidance.server.ServerOptions;
import org.securityguidance.server.StopReason;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;

/**
 * {@code hook-server}: runs the warm hook server in the foreground until it stops by itself (idle, lifetime, jar
 * change). The launcher starts it detached; {@code SG_HOOK_SERVER=0} makes it return at once.
 */
final class HookServerCommand {
  private HookServerCommand() {}

  static int run(String[] args, PrintStream err, Env env) {
    if (args.length != 0) {
      throw new UsageException("takes no arguments");
    }
    DebugLog log = DebugLog.to(Settings.from(env).debugLog());
    if (env.isExactlyZero("SG_HOOK_SERVER")) {
      log.log("hook-server: not started, SG_HOOK_SERVER=0");
      return ExitCode.OK;
    }
    Path jar = ownJar();
    if (jar == null) {
      err.println("security-guidance hook-server: runs only from the jar");
      return ExitCode.USAGE;
    }
    HookServer server = new HookServer(ServerOptions.from(env, jar), new InProcessHook(), log, new SecureRandom());
    // SIGTERM (logout, `kill`): leave no port file naming a dead server behind.
    Runtime.getRuntime().addShutdownHook(new Thread(new Stopper(server), "hook-server-stop"));
    StopReason reason = server.serve();
    return reason == StopReason.START_FAILED ? ExitCode.INTERNAL : ExitCode.OK;
  }

  /** The jar this class was loaded from, or null in a development run from class directories. */
  private static Path ownJar() {
    try {
      Path p = Path.of(HookServerCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Shutdown hook body. */
  private record Stopper(HookServer server) implements Runnable {
    @Override
    public void run() {
      server.stopAndWait(java.time.Duration.ofSeconds(2));
    }
  }

  /** The server's way into {@link HookCommand}: the same code a fresh JVM runs, with the request's env and cwd. */
  static final class InProcessHook implements HookRunner {
    @Override
    public int run(String event, InputStream stdin, PrintStream out, PrintStream err, Env env, Path workingDir) {
      return HookCommand.run(new String[] {event}, stdin, out, err, env, workingDir);
    }
  }
}

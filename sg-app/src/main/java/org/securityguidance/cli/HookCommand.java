package org.securityguidance.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.securityguidance.config.Settings;
import org.securityguidance.flow.BashFlow;
import org.securityguidance.flow.BillingNotice;
import org.securityguidance.flow.CommitReviewers;
import org.securityguidance.flow.ReviewEngines;
import org.securityguidance.flow.SessionStartFlow;
import org.securityguidance.flow.StopFlow;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.BaselineSnapshot;
import org.securityguidance.git.Git;
import org.securityguidance.hook.HookEvent;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookInputException;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.remind.BaselineFiles;
import org.securityguidance.remind.EditHook;
import org.securityguidance.remind.PromptSubmitHook;
import org.securityguidance.remind.SessionRules;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionKey;
import org.securityguidance.state.SessionStore;
import org.securityguidance.state.StateGc;
import org.securityguidance.sys.Env;
import org.securityguidance.telemetry.LocalMetricsFile;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.telemetry.VersionCode;

/**
 * {@code hook <event>}: one Claude Code hook invocation. The event comes from argv (hooks.json), so the path is
 * chosen before stdin is read; stdin must then agree with it.
 *
 * <p>Design note: total and fail-open. Whatever happens (bad stdin, broken state, a regex engine's
 * {@code StackOverflowError}) the hook prints protocol-valid output or nothing, logs why, and exits 0. Order per spec
 * §2.2: kill switch (before stdin), state GC, stdin, agreement check, route.
 */
final class HookCommand {
  private HookCommand() {}

  static int run(String[] args, InputStream in, PrintStream out, Env env) {
    return run(args, in, out, System.err, env);
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Env env) {
    return run(args, in, out, err, env, null);
  }

  /**
   * Runs one hook with an explicit working directory ({@code null} = this process's): the warm hook server runs each
   * request for the client's cwd, which is never the server's own.
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Env env, Path workingDir) {
    DebugLog log = DebugLog.discard();
    HookOutput output = null;
    try {
      Settings settings = Settings.from(env);
      log = DebugLog.to(settings.debugLog());
      output = new HookOutput(out, err, VersionCode.encode(Version.current()), localMetrics(settings),
          hookName(args));
      return dispatch(args, in, env, settings, log, output, workingDir);
    } catch (Throwable t) {
      log.log("hook failed: " + t.getClass().getName() + " at " + origin(t));
      failSafe(output, log);
      return ExitCode.OK;
    }
  }

  // Plain parameters rather than a context record: every class of ours costs the cold edit hook (ADR 0008 budget).
  private static int dispatch(String[] args, InputStream in, Env env, Settings settings, DebugLog log,
      HookOutput output, Path workingDir) {
    HookEvent event = args.length == 1 ? HookEvent.fromArg(args[0]) : null;
    if (event == null) {
      log.log("hook: unknown event argv " + String.join(" ", args));
      return ExitCode.OK;
    }
    if (event == HookEvent.SESSION_START) {
      // The bootstrap reports the kill switch itself (outcome 0, spec §4.5 step 2) and needs nothing from stdin.
      return SessionStartFlow.run(env, HookCommand.class, log, output);
    }
    if (settings.disabled()) {
      log.log("hook " + event.argName() + ": disabled by kill switch");
      output.emitSkip(SkipReason.KILL_SWITCH);
      return ExitCode.OK;
    }
    if (event != HookEvent.BASH) {
      // Bash is spawned on every command by some Claude Code builds; keep its non-matching path free of state I/O.
      log.log("hook " + event.argName() + " called");
      StateGc.maybeCollect(Math.random(), settings.stateDir(), settings.home(), Clock.systemUTC().instant());
    }
    HookInput input;
    try {
      input = HookInput.read(in, HookInput.MAX_STDIN_BYTES, event.unreadInputKeys());
    } catch (HookInputException e) {
      log.log("hook " + event.argName() + ": bad stdin (" + e.getMessage() + ")");
      output.emitSkip(SkipReason.BAD_STDIN);
      return ExitCode.OK;
    }
    if (!event.accepts(input.hookEventName(), input.toolName())) {
      log.log("hook " + event.argName() + ": stdin is " + input.hookEventName() + "/" + input.toolName()
          + ", not this event; ignored");
      return ExitCode.OK;
    }
    return route(event, input, env, settings, log, output, workingDir);
  }

  private static int route(HookEvent event, HookInput input, Env env, Settings settings, DebugLog log,
      HookOutput output, Path workingDir) {
    return switch (event) {
      case SESSION_START -> throw new IllegalStateException("session-start is routed before stdin is read");
      case PROMPT -> {
        SessionStore store = store(settings, input, log);
        new PromptSubmitHook(log, store, snapshots(env)).run(input);
        BillingNotice.maybeShow(env, settings, store, output, log);
        yield ExitCode.OK;
      }
      case EDIT -> {
        new EditHook(settings, log, store(settings, input, log), SessionRules.matcher(settings, input.cwd(), log),
            baselineFiles(env), workingDir != null ? workingDir : Path.of("").toAbsolutePath()).run(input, output);
        yield ExitCode.OK;
      }
      case BASH -> new BashFlow(settings, log, Git.local(env), Clock.systemUTC(),
          CommitReviewers.forBash(env, settings, log, store(settings, input, log))).run(input, output);
      case STOP -> new StopFlow(settings, log, store(settings, input, log),
          SessionRules.matcher(settings, input.cwd(), log), Clock.systemUTC(),
          ReviewEngines.forStop(env, settings, log)).run(input, output);
    };
  }

  private static SessionStore store(Settings settings, HookInput input, DebugLog log) {
    return new SessionStore(settings.stateDir(), SessionKey.of(settings.remoteSessionId(), input.sessionId()), log);
  }

  private static TurnSnapshot.Source snapshots(Env env) {
    return cwd -> {
      BaselineSnapshot s = new Baseline(Git.local(env)).capture(cwd);
      return new TurnSnapshot(s.baselineSha(), s.headSha(), s.untracked());
    };
  }

  private static BaselineFiles baselineFiles(Env env) {
    return new GitBaselineFiles(env);
  }

  /** A named class, not a lambda: the edit hook builds it on every call, and a lambda costs a cold JVM (ADR 0008). */
  private record GitBaselineFiles(Env env) implements BaselineFiles {
    @Override
    public Optional<String> fileAt(Path repoDir, String sha, String rawPath) {
      try {
        return new Baseline(Git.local(env)).fileAt(repoDir, sha, Path.of(rawPath));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
  }

  private static LocalMetricsFile localMetrics(Settings settings) {
    return settings.localTelemetry() ? LocalMetricsFile.in(settings.stateDir(), Clock.systemUTC())
        : LocalMetricsFile.disabled();
  }

  /** Claude Code's event name for the local metrics file; null (nothing recorded) for an unknown argv. */
  private static String hookName(String[] args) {
    HookEvent event = args.length == 1 ? HookEvent.fromArg(args[0]) : null;
    return event == null ? null : event.wireName();
  }

  /** After a crash: one valid line if none was printed yet (so asyncRewake consumers still see metrics). */
  private static void failSafe(HookOutput output, DebugLog log) {
    try {
      if (output != null && !output.written()) {
        output.emitSkip(SkipReason.INTERNAL_ERROR);
      }
    } catch (Throwable t) {
      log.log("hook: could not write the fail-safe line: " + t.getClass().getName());
    }
  }

  /** Where it failed, for the log: class and line of the innermost frame, never a message (it may quote input). */
  private static String origin(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    return frames.length == 0 ? "?" : frames[0].getClassName() + ":" + frames[0].getLineNumber();
  }
}

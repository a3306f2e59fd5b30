package org.securityguidance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.securityguidance.sys.Env;

/**
 * Entry point of the jar: {@code hook <event>} for Claude Code, {@code scan}, {@code rules} and friends for people.
 *
 * <p>Design note: {@link #run} is total (returns an exit code, never throws) and is the only place that knows every
 * subcommand. Each subcommand class is touched only when chosen, so the per-edit hook path loads none of the
 * human-facing commands. Protocol output goes to a private copy of the real stdout; {@code System.out} is pointed at
 * stderr so a stray print from anywhere can never corrupt the one JSON line Claude Code reads.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream protocolOut =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    int code = run(args, System.in, protocolOut, System.err, Env.system());
    protocolOut.flush();
    System.err.flush();
    System.exit(code);
  }

  /** The help text of the commands that parse no options of their own, when asked with {@code --help}/{@code -h}. */
  private static String internalHelp(String command, String[] rest) {
    if (rest.length != 1 || !(rest[0].equals("--help") || rest[0].equals("-h"))) {
      return null;
    }
    return switch (command) {
      case "hook" -> Usage.HOOK;
      case "jvm-cache" -> Usage.JVM_CACHE;
      case "train", "--aot-train" -> Usage.TRAIN;
      case "bootstrap" -> Usage.BOOTSTRAP;
      default -> null;
    };
  }

  /** Runs one command; never throws. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Env env) {
    String command = args.length == 0 ? "--help" : args[0];
    String[] rest = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    try {
      String internalHelp = internalHelp(command, rest);
      if (internalHelp != null) {
        out.print(internalHelp);
        return ExitCode.OK;
      }
      return switch (command) {
        case "hook" -> HookCommand.run(rest, in, out, env);
        case "hook-server" -> HookServerCommand.run(rest, err, env);
        case "scan" -> ScanCommand.run(rest, out, err, env);
        case "rules" -> RulesCommand.run(rest, out, err, env);
        case "review" -> ReviewCommand.run(rest, out, err, env);
        case "usage" -> UsageCommand.run(rest, out, env);
        case "jvm-cache" -> JvmCacheCommand.run(rest, out, err, env);
        case "bootstrap" -> BootstrapCommand.run(rest, env);
        case "doctor" -> DoctorCommand.run(rest, out, env);
        case "telemetry" -> TelemetryCommand.run(rest, out, env);
        case "train", "--aot-train" -> TrainCommand.run(rest, err, env);
        case "--version", "-V", "version" -> {
          out.println("security-guidance " + Version.current());
          yield ExitCode.OK;
        }
        case "--help", "-h", "help" -> {
          out.print(Usage.MAIN);
          yield ExitCode.OK;
        }
        default -> {
          err.println("security-guidance: unknown command '" + command + "' (try --help)");
          yield ExitCode.USAGE;
        }
      };
    } catch (UsageException e) {
      err.println("security-guidance " + command + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (Throwable t) {
      // Human-facing commands report one line, never a stack trace; the hook command catches its own errors.
      err.println("security-guidance " + command + ": internal error: " + t.getClass().getSimpleName());
      return ExitCode.INTERNAL;
    }
  }
}

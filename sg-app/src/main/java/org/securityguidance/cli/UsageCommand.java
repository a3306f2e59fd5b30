package org.securityguidance.cli;

import java.io.PrintStream;
import java.time.Clock;
import org.securityguidance.config.Settings;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;
import org.securityguidance.usage.UsageSummary;

/**
 * {@code usage [--days N] [--format text|json]}: totals of the local usage log (reviews by outcome and layer,
 * findings, tokens, estimated cost) over the last N days (default 7). Reads only {@code <state dir>/usage.jsonl}.
 */
final class UsageCommand {
  static final int DEFAULT_DAYS = 7;
  static final int MAX_DAYS = 3650;

  private UsageCommand() {}

  static int run(String[] args, PrintStream out, Env env) {
    return run(args, out, env, Clock.systemUTC());
  }

  static int run(String[] args, PrintStream out, Env env, Clock clock) {
    int days = DEFAULT_DAYS;
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
          : (name.equals("--days") || name.equals("--format")) && i + 1 < args.length ? args[++i] : null;
      switch (name) {
        case "--help", "-h" -> {
          out.print(Usage.USAGE);
          return ExitCode.OK;
        }
        case "--days" -> days = days(value);
        case "--format" -> json = json(value);
        default -> throw new UsageException("unknown option '" + arg + "' (try --help)");
      }
    }
    UsageLog log = UsageLog.in(Settings.from(env).stateDir());
    long since = clock.millis() / 1000 - days * 86_400L;
    UsageSummary summary = UsageSummary.of(days, log.readSince(since));
    out.print(json ? Json.write(summary.toJson()) + "\n" : summary.toText());
    return ExitCode.OK;
  }

  private static int days(String value) {
    if (value == null || !value.matches("[0-9]{1,5}")) {
      throw new UsageException("--days needs a whole number of days");
    }
    int d = Integer.parseInt(value);
    if (d < 1 || d > MAX_DAYS) {
      throw new UsageException("--days must be between 1 and " + MAX_DAYS);
    }
    return d;
  }

  private static boolean json(String value) {
    if ("json".equals(value)) {
      return true;
    }
    if ("text".equals(value)) {
      return false;
    }
    throw new UsageException("unknown format '" + value + "' (text or json)");
  }
}

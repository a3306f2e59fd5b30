package org.securityguidance.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.securityguidance.config.Settings;
import org.securityguidance.diagnose.MetricsLog;
import org.securityguidance.diagnose.TelemetrySummary;
import org.securityguidance.json.Json;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.sys.Env;

/**
 * {@code telemetry [--since DURATION] [--json]}: summarises the local metrics file ({@code <state>/metrics.jsonl} and
 * its rotated generation) that every hook appends to. Reads nothing else and sends nothing anywhere.
 */
final class TelemetryCommand {
  /** Longest accepted {@code --since}: ten years in seconds. */
  static final long MAX_SINCE_SECONDS = 3650L * 86_400;

  private TelemetryCommand() {}

  static int run(String[] args, PrintStream out, Env env) {
    return run(args, out, env, Clock.systemUTC());
  }

  static int run(String[] args, PrintStream out, Env env, Clock clock) {
    long sinceSeconds = -1;
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.startsWith("--since=") ? "--since" : arg;
      switch (name) {
        case "--help", "-h" -> {
          out.print(Usage.TELEMETRY);
          return ExitCode.OK;
        }
        case "--json" -> json = true;
        case "--since" -> {
          String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i]
              : null;
          sinceSeconds = duration(value);
        }
        default -> throw new UsageException("unknown option '" + arg + "' (try --help)");
      }
    }
    long cutoff = sinceSeconds < 0 ? Long.MIN_VALUE : clock.millis() / 1000 - sinceSeconds;
    MetricsLog log = MetricsLog.read(Settings.from(env).stateDir(), cutoff);
    TelemetrySummary summary = TelemetrySummary.of(log, ruleNames());
    out.print(json ? Json.write(summary.toJson()) + "\n" : summary.toText());
    return ExitCode.OK;
  }

  /** {@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}, {@code 2w} → seconds. */
  static long duration(String value) {
    if (value == null || !value.matches("[0-9]{1,7}[smhdw]")) {
      throw new UsageException("--since needs a duration like 30m, 12h, 7d or 2w");
    }
    long n = Long.parseLong(value.substring(0, value.length() - 1));
    long unit = switch (value.toLowerCase(Locale.ROOT).charAt(value.length() - 1)) {
      case 's' -> 1;
      case 'm' -> 60;
      case 'h' -> 3600;
      case 'd' -> 86_400;
      default -> 7 * 86_400;
    };
    long seconds = n * unit;
    if (seconds < 1 || seconds > MAX_SINCE_SECONDS) {
      throw new UsageException("--since must be between 1s and 3650d");
    }
    return seconds;
  }

  private static LongFunction<String> ruleNames() {
    Map<Long, String> names = new HashMap<>();
    for (Rule r : RuleSet.builtin().rules()) {
      names.put((long) r.id(), r.name());
    }
    return id -> id == -1 ? "user rule" : names.getOrDefault(id, "rule " + id);
  }
}

package org.securityguidance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.securityguidance.report.ReportFormat;
import org.securityguidance.report.RulesReport;
import org.securityguidance.rules.Rule;
import org.securityguidance.scan.ActiveRules;
import org.securityguidance.sys.Env;

/** {@code security-guidance rules}: the rules a scan of the current directory would run, as text or JSON. */
final class RulesCommand {
  /** Every flag the parser accepts; a test checks each one appears in {@link Usage#RULES}. */
  static final List<String> FLAGS = List.of("--format", "--help", "-h");

  private RulesCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, Env env) {
    ReportFormat format = parse(args);
    if (format == null) {
      out.print(Usage.RULES);
      return ExitCode.OK;
    }
    ActiveRules active = ScanCommand.productionRules(Path.of("").toAbsolutePath(), env, err);
    return print(active.rules(), format, out);
  }

  static int print(List<Rule> rules, ReportFormat format, PrintStream out) {
    out.print(RulesReport.render(rules, format));
    out.flush();
    return ExitCode.OK;
  }

  /** The requested format, or {@code null} for {@code --help}. */
  static ReportFormat parse(String[] args) {
    ReportFormat format = ReportFormat.TEXT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      if (arg.startsWith("--format=")) {
        value = arg.substring("--format=".length());
      } else if (arg.equals("--format")) {
        if (++i >= args.length) {
          throw new UsageException("--format needs a value");
        }
        value = args[i];
      } else if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      } else {
        throw new UsageException(arg.startsWith("-") ? "unknown option '" + arg + "' (try --help)"
            : "unexpected argument '" + arg + "' (try --help)");
      }
      format = ReportFormat.byName(value);
      if (format == null || format == ReportFormat.SARIF) {
        throw new UsageException("unknown format '" + value + "' (expected text or json)");
      }
    }
    return format;
  }
}

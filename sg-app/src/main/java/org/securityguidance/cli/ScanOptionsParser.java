package org.securityguidance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securityguidance.report.ReportFormat;

/**
 * Hand-rolled parser for {@code scan}'s arguments: {@code --flag value} and {@code --flag=value}, {@code --} ends the
 * options, anything else starting with '-' is an error. Every problem is one {@link UsageException} line.
 */
final class ScanOptionsParser {
  /** Every flag the parser accepts; a test checks each one appears in {@link Usage#SCAN}. */
  static final List<String> FLAGS = List.of(
      "--format", "--output", "--max-file-size", "--jobs", "--no-progress", "--help", "-h");

  private ScanOptionsParser() {}

  static ScanOptions parse(String[] args, int defaultJobs) {
    List<String> paths = new ArrayList<>();
    ReportFormat format = ReportFormat.TEXT;
    String output = null;
    long maxFileSize = ScanOptions.DEFAULT_MAX_FILE_SIZE;
    int jobs = Math.max(1, Math.min(defaultJobs, ScanOptions.MAX_JOBS));
    boolean progress = true;
    boolean onlyPaths = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (onlyPaths || arg.equals("-") || !arg.startsWith("-")) {
        paths.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPaths = true;
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String flag = eq > 0 ? arg.substring(0, eq) : arg;
      String value = eq > 0 ? arg.substring(eq + 1) : null;
      if (value == null && takesValue(flag)) {
        if (++i >= args.length) {
          throw new UsageException(flag + " needs a value");
        }
        value = args[i];
      }
      switch (flag) {
        case "--help", "-h" -> {
          return new ScanOptions(List.of("."), format, null, maxFileSize, jobs, progress, true);
        }
        case "--no-progress" -> {
          noValue(flag, value);
          progress = false;
        }
        case "--format" -> format = format(value);
        case "--output" -> output = nonEmpty(flag, value);
        case "--max-file-size" -> maxFileSize = size(value);
        case "--jobs" -> jobs = jobs(value);
        default -> throw new UsageException("unknown option '" + flag + "' (try --help)");
      }
    }
    return new ScanOptions(paths.isEmpty() ? List.of(".") : paths, format, output, maxFileSize, jobs, progress,
        false);
  }

  private static boolean takesValue(String flag) {
    return switch (flag) {
      case "--format", "--output", "--max-file-size", "--jobs" -> true;
      default -> false;
    };
  }

  static void noValue(String flag, String value) {
    if (value != null) {
      throw new UsageException(flag + " takes no value");
    }
  }

  private static String nonEmpty(String flag, String value) {
    if (value.isBlank()) {
      throw new UsageException(flag + " needs a non-empty value");
    }
    return value;
  }

  private static ReportFormat format(String value) {
    ReportFormat format = ReportFormat.byName(value);
    if (format == null) {
      throw new UsageException("unknown format '" + value + "' (expected text, json or sarif)");
    }
    return format;
  }

  /** Bytes, optionally with a binary suffix: {@code 2000000}, {@code 512K}, {@code 4M}. */
  static long size(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (!v.isEmpty() && "KM".indexOf(v.charAt(v.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KM".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n >= 1 && n <= ScanOptions.MAX_FILE_SIZE_LIMIT / unit) {
        return n * unit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--max-file-size must be from 1 to " + ScanOptions.MAX_FILE_SIZE_LIMIT
        + " bytes, e.g. 1048576 or 4M, not '" + value + "'");
  }

  private static int jobs(String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= ScanOptions.MAX_JOBS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--jobs must be a number from 1 to " + ScanOptions.MAX_JOBS + ", not '" + value + "'");
  }
}

package org.securityguidance.cli;

import java.util.Locale;

/**
 * The parsed command line of {@code review}.
 *
 * @param base {@code --base REV}: review the commits since the merge base of REV and HEAD; null = the working tree
 * @param format {@code --format text|json|sarif}, default text
 * @param repo {@code --repo DIR}, default the current directory
 * @param help {@code --help} was given
 */
record ReviewOptions(String base, Format format, String repo, boolean help) {
  /** Report formats of {@code review}. */
  enum Format {
    TEXT,
    JSON,
    SARIF;

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(s)) {
          return f;
        }
      }
      throw new UsageException("unknown format '" + s + "' (text, json or sarif)");
    }
  }

  /** Parses {@code args}; {@code --flag value} and {@code --flag=value} both work. */
  static ReviewOptions parse(String[] args) {
    String base = null;
    Format format = Format.TEXT;
    String repo = ".";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (name) {
        case "--help", "-h" -> {
          return new ReviewOptions(null, Format.TEXT, ".", true);
        }
        case "--base", "--format", "--repo" -> {
          String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : next(args, ++i, name);
          if (value.isEmpty()) {
            throw new UsageException(name + " needs a value");
          }
          switch (name) {
            case "--base" -> base = value;
            case "--format" -> format = Format.parse(value);
            default -> repo = value;
          }
        }
        default -> throw new UsageException("unknown option '" + arg + "' (try --help)");
      }
    }
    return new ReviewOptions(base, format, repo, false);
  }

  private static String next(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new UsageException(name + " needs a value");
    }
    return args[i];
  }
}

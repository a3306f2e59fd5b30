package org.securityguidance.cli;

/**
 * The parsed command line of {@code review --commit REV} / {@code review --range A..B}.
 *
 * @param commit {@code --commit REV}, or null
 * @param range {@code --range A..B} (or {@code A...B}: from their merge base), or null
 * @param json {@code --format json} (default text)
 * @param repo {@code --repo DIR}, default the current directory
 * @param help {@code --help} was given
 */
record CommitReviewOptions(String commit, String range, boolean json, String repo, boolean help) {
  /** Parses {@code args}; {@code --flag value} and {@code --flag=value} both work; exactly one target is needed. */
  static CommitReviewOptions parse(String[] args) {
    String commit = null;
    String range = null;
    boolean json = false;
    String repo = ".";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (name) {
        case "--help", "-h" -> {
          return new CommitReviewOptions(null, null, false, ".", true);
        }
        case "--commit", "--range", "--format", "--repo" -> {
          String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : next(args, ++i, name);
          if (value.isEmpty()) {
            throw new UsageException(name + " needs a value");
          }
          switch (name) {
            case "--commit" -> commit = value;
            case "--range" -> range = value;
            case "--format" -> json = format(value);
            default -> repo = value;
          }
        }
        default -> throw new UsageException("unknown option '" + arg + "' (try --help)");
      }
    }
    if ((commit == null) == (range == null)) {
      throw new UsageException("give exactly one of --commit REV or --range A..B");
    }
    if (range != null && !range.contains("..")) {
      throw new UsageException("--range needs the form A..B");
    }
    return new CommitReviewOptions(commit, range, json, repo, false);
  }

  private static boolean format(String value) {
    return switch (value) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new UsageException("unknown format '" + value + "' (text or json)");
    };
  }

  private static String next(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new UsageException(name + " needs a value");
    }
    return args[i];
  }
}

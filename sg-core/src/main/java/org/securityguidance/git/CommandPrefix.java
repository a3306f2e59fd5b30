package org.securityguidance.git;

import java.util.List;
import java.util.Set;

/**
 * Skips what can precede the real program in a simple command: variable assignments, shell keywords and
 * transparent wrappers ({@code env}, {@code command}, {@code sudo}, {@code timeout}, {@code nice}, …).
 */
final class CommandPrefix {
  private static final Set<String> PLAIN_WRAPPERS = Set.of("command", "builtin", "exec", "nohup", "time");
  private static final Set<String> ENV_ARG_OPTIONS = Set.of("-u", "-C", "-S", "--unset", "--chdir");
  private static final Set<String> SUDO_ARG_OPTIONS = Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U");
  private static final Set<String> TIMEOUT_ARG_OPTIONS = Set.of("-s", "-k", "--signal", "--kill-after");
  private static final Set<String> NICE_ARG_OPTIONS = Set.of("-n", "--adjustment");

  private CommandPrefix() {}

  /** Index of the program word in {@code argv} (== size when there is none). */
  static int skip(List<String> argv, Set<String> keywords) {
    int i = 0;
    while (i < argv.size()) {
      String w = argv.get(i);
      int next;
      if (isAssignment(w) || keywords.contains(w)) {
        next = i + 1;
      } else {
        next = skipWrapper(argv, i, BashCommand.programName(w));
      }
      if (next == i) {
        return i;
      }
      i = next;
    }
    return i;
  }

  private static int skipWrapper(List<String> argv, int i, String program) {
    if (PLAIN_WRAPPERS.contains(program)) {
      return skipOptions(argv, i + 1, Set.of("-a"));
    }
    switch (program) {
      case "env":
        return skipOptions(argv, i + 1, ENV_ARG_OPTIONS);
      case "sudo":
        return skipOptions(argv, i + 1, SUDO_ARG_OPTIONS);
      case "nice":
        return skipOptions(argv, i + 1, NICE_ARG_OPTIONS);
      case "timeout":
        return Math.min(argv.size(), skipOptions(argv, i + 1, TIMEOUT_ARG_OPTIONS) + 1); // + the duration
      default:
        return i;
    }
  }

  /** Skips {@code -x} options (and the value of those in {@code withArg}) and a closing {@code --}. */
  private static int skipOptions(List<String> argv, int i, Set<String> withArg) {
    while (i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1) {
      String option = argv.get(i);
      if (option.equals("--")) {
        return i + 1;
      }
      i += withArg.contains(option) ? 2 : 1;
    }
    return Math.min(i, argv.size());
  }

  /** {@code NAME=value} before a program sets its environment. */
  static boolean isAssignment(String w) {
    int eq = w.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    for (int k = 0; k < eq; k++) {
      char c = w.charAt(k);
      boolean ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (k > 0 && c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

package org.securityguidance.git;

import java.util.List;
import java.util.Set;

/** Reads the argv after {@code git}: global options, then the subcommand and whether it commits, amends or pushes. */
final class GitInvocation {
  /** Global options whose value is the next word (git.c also accepts {@code --opt=value}, one word). */
  private static final Set<String> GLOBAL_ARG_OPTIONS = Set.of("-C", "-c", "--git-dir", "--work-tree",
      "--namespace", "--super-prefix");
  /** {@code git commit} options whose value is the next word: a message saying "--amend" is not an amend. */
  private static final Set<String> COMMIT_ARG_OPTIONS = Set.of("-m", "-F", "-C", "-c", "-t", "--message", "--file",
      "--reuse-message", "--reedit-message", "--template", "--author", "--date", "--fixup", "--squash", "--cleanup",
      "--trailer", "--pathspec-from-file");
  /** Short options of {@code git commit} that take a value, so {@code -am msg} swallows {@code msg}. */
  private static final String COMMIT_SHORT_WITH_ARG = "mFCct";

  private GitInvocation() {}

  static void classify(List<String> args, BashCommand.Tally tally) {
    int j = LeadingOptions.subcommandIndex(args, GLOBAL_ARG_OPTIONS);
    if (j >= args.size()) {
      return;
    }
    List<String> rest = args.subList(j + 1, args.size());
    switch (args.get(j)) {
      case "commit":
        if (!isNoOp(rest)) {
          tally.commit(isAmend(rest));
        }
        break;
      case "push":
        if (!isNoOp(rest) && !rest.contains("-n")) { // push -n is --dry-run (commit -n is --no-verify)
          tally.push();
        }
        break;
      default:
        break;
    }
  }

  /** {@code --dry-run} and help requests change nothing. */
  private static boolean isNoOp(List<String> rest) {
    for (String a : rest) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--dry-run") || a.equals("-h") || a.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  /** True for {@code --amend} or an unambiguous abbreviation of it ({@code --am}, git's parse-options allows it). */
  private static boolean isAmend(List<String> rest) {
    for (int k = 0; k < rest.size(); k++) {
      String a = rest.get(k);
      if (a.equals("--")) {
        return false;
      }
      if (a.length() >= 4 && "--amend".startsWith(a)) {
        return true;
      }
      if (takesValue(a)) {
        k++;
      }
    }
    return false;
  }

  private static boolean takesValue(String option) {
    if (COMMIT_ARG_OPTIONS.contains(option)) {
      return true;
    }
    boolean shortCluster = option.length() > 2 && option.charAt(0) == '-' && option.charAt(1) != '-';
    return shortCluster && COMMIT_SHORT_WITH_ARG.indexOf(option.charAt(option.length() - 1)) >= 0
        && option.chars().skip(1).allMatch(Character::isLetter);
  }
}

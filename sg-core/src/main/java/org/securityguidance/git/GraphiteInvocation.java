package org.securityguidance.git;

import java.util.List;
import java.util.Set;

/**
 * Reads the argv after Graphite's {@code gt} (#2048): {@code create} commits, {@code modify} amends (or commits with
 * {@code -c/--commit}), {@code submit} pushes; the CLI's short aliases {@code c}, {@code m}, {@code s}, {@code ss}
 * are accepted too.
 */
final class GraphiteInvocation {
  private static final Set<String> GLOBAL_ARG_OPTIONS = Set.of("--cwd");
  private static final Set<String> ARG_OPTIONS = Set.of("-m", "--message", "--into");

  private GraphiteInvocation() {}

  static void classify(List<String> args, BashCommand.Tally tally) {
    int j = LeadingOptions.subcommandIndex(args, GLOBAL_ARG_OPTIONS);
    if (j >= args.size()) {
      return;
    }
    List<String> rest = args.subList(j + 1, args.size());
    switch (args.get(j)) {
      case "create":
      case "c":
        tally.commit(false);
        break;
      case "modify":
      case "m":
        tally.commit(!createsNewCommit(rest));
        break;
      case "submit":
      case "s":
      case "ss":
        tally.push();
        break;
      default:
        break;
    }
  }

  /** {@code gt modify -c} / {@code --commit} / {@code -cam "msg"} adds a commit instead of amending. */
  private static boolean createsNewCommit(List<String> rest) {
    for (int k = 0; k < rest.size(); k++) {
      String a = rest.get(k);
      if (a.equals("--commit")) {
        return true;
      }
      boolean shortCluster = a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-';
      if (shortCluster && a.indexOf('c') > 0) {
        return true;
      }
      if (ARG_OPTIONS.contains(a) || (shortCluster && a.endsWith("m"))) {
        k++;
      }
    }
    return false;
  }
}

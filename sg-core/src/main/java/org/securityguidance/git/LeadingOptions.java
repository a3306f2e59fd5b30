package org.securityguidance.git;

import java.util.List;
import java.util.Set;

/** Skips a tool's global options ({@code git -C dir}, {@code gt --cwd dir}) to find its subcommand. */
final class LeadingOptions {
  private LeadingOptions() {}

  /**
   * The index of the first word that is not a global option, or {@code args.size()} when there is none. Options in
   * {@code withValue} take the next word as their value ({@code --opt=value} is one word and needs no entry).
   */
  static int subcommandIndex(List<String> args, Set<String> withValue) {
    int j = 0;
    while (j < args.size() && args.get(j).startsWith("-")) {
      j += withValue.contains(args.get(j)) ? 2 : 1;
    }
    return j;
  }
}

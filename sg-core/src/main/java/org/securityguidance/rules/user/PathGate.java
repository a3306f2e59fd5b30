package org.securityguidance.rules.user;

import java.util.List;

/**
 * A user rule's {@code paths}/{@code exclude_paths} gate: a glob may match the normalised path or its basename;
 * a non-empty include list needs a hit, and any exclude hit turns the rule off (spec §4.7).
 */
record PathGate(List<PathGlob> include, List<PathGlob> exclude) {
  static final PathGate ALL = new PathGate(List.of(), List.of());

  PathGate {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** {@code path} is '/'-separated without leading slashes ({@code RuleSet.normalizePath}). */
  boolean admits(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    if (!include.isEmpty() && !anyMatches(include, path, base)) {
      return false;
    }
    return !anyMatches(exclude, path, base);
  }

  private static boolean anyMatches(List<PathGlob> globs, String path, String base) {
    for (PathGlob g : globs) {
      if (g.matches(path) || g.matches(base)) {
        return true;
      }
    }
    return false;
  }
}

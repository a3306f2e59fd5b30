package org.securityguidance.rules;

import java.util.List;

/**
 * Which files a catalog rule looks at: an optional list of included extensions (empty = every file), excluded
 * extensions (prose by default, see the catalog notes), and an optional path fragment that must occur in the path.
 * Extensions compare case-insensitively, a deliberate deviation from the original (spec §4.1: {@code A.JS} was not JS).
 */
record PathGate(
    List<String> includeExtensions, List<String> excludeExtensions, String pathContains, String description) {

  boolean admits(String normalizedPath) {
    if (pathContains != null && !normalizedPath.contains(pathContains)) {
      return false;
    }
    for (String ext : excludeExtensions) {
      if (endsWithIgnoreCase(normalizedPath, ext)) {
        return false;
      }
    }
    if (includeExtensions.isEmpty()) {
      return true;
    }
    for (String ext : includeExtensions) {
      if (endsWithIgnoreCase(normalizedPath, ext)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithIgnoreCase(String path, String suffix) {
    int from = path.length() - suffix.length();
    return from >= 0 && path.regionMatches(true, from, suffix, 0, suffix.length());
  }
}

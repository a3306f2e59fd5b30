package org.securityguidance.agent.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a path a model wrote into the repository-relative form the content reader takes. Absolute paths, {@code ..}
 * segments and control characters are refused here already (the sandbox behind the reader refuses them again).
 */
final class RepoPaths {
  static final int MAX_PATH_CHARS = 1_024;

  private RepoPaths() {}

  /** The spellings to try, most literal first; empty when the path is not an acceptable relative path. */
  static List<String> spellings(String claimed) {
    if (claimed == null) {
      return List.of();
    }
    String s = claimed.strip().replace('\\', '/');
    if (s.isEmpty() || s.length() > MAX_PATH_CHARS || s.startsWith("/") || (s.length() > 1 && s.charAt(1) == ':')
        || s.chars().anyMatch(Character::isISOControl)) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    for (String segment : s.split("/")) {
      if (segment.equals("..")) {
        return List.of();
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      return List.of();
    }
    String clean = String.join("/", segments);
    List<String> out = new ArrayList<>(List.of(clean));
    // Models sometimes copy the a/ b/ prefixes of a diff header.
    if (segments.size() > 1 && (segments.get(0).equals("a") || segments.get(0).equals("b"))) {
      out.add(String.join("/", segments.subList(1, segments.size())));
    }
    return out;
  }
}

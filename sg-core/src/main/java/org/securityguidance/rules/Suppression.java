package org.securityguidance.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline silencing: a comment {@code sg-allow: <rule_name>[, <rule_name>…]} or {@code sg-allow: all} on the matching
 * line or the line directly above silences that match. In files whose comment syntax we know the marker must sit in a
 * comment (a string literal saying "sg-allow" does not count); elsewhere any occurrence counts.
 */
final class Suppression {
  private static final String MARKER = "sg-allow:";
  private static final Pattern NAMES =
      Pattern.compile("\\G[ \\t]{0,20}([A-Za-z0-9_.:-]{1,100})[ \\t]{0,20}(,)?");

  private Suppression() {}

  /** Cheap test run once per file: without the marker nothing can be suppressed. */
  static boolean possible(ScanText st) {
    return st.text().contains(MARKER);
  }

  static boolean silenced(ScanText st, Match match) {
    int line = match.line();
    return lineAllows(st, line, match.rule().name()) || (line > 1 && lineAllows(st, line - 1, match.rule().name()));
  }

  private static boolean lineAllows(ScanText st, int line, String ruleName) {
    String text = st.text();
    int start = st.lineStart(line);
    int nl = text.indexOf('\n', start);
    int end = nl < 0 ? text.length() : nl;
    int at = text.indexOf(MARKER, start);
    while (at >= 0 && at < end) {
      if (inCommentOrUnknown(st, at) && names(text, at + MARKER.length(), end, ruleName)) {
        return true;
      }
      at = text.indexOf(MARKER, at + 1);
    }
    return false;
  }

  private static boolean inCommentOrUnknown(ScanText st, int offset) {
    return Syntax.forPath(st.path()) == Syntax.PLAIN || st.inComment(offset);
  }

  private static boolean names(String text, int from, int end, String ruleName) {
    Matcher m = NAMES.matcher(text).region(from, end);
    while (m.find()) {
      String name = m.group(1);
      if (name.equals("all") || name.equals(ruleName)
          || (ruleName.startsWith("user:") && name.equals(ruleName.substring(5)))) {
        return true;
      }
      if (m.group(2) == null) {
        return false;
      }
    }
    return false;
  }
}

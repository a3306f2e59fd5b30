package org.securityguidance.review.prompt;

/**
 * Small text clean-ups shared by the prompt, the verifier and the guidance: collapse to one line, strip control
 * characters, cap by code points. Model output and file paths pass through these before anyone displays them.
 */
public final class Texts {
  private static final String ELLIPSIS = "\u2026";

  private Texts() {}

  /** Whitespace and control runs collapsed to one space, trimmed; {@code null} becomes {@code ""}. */
  public static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Line breaks normalised to LF; control characters other than LF and TAB removed; trailing spaces kept. */
  public static String stripControls(String s) {
    if (s == null) {
      return "";
    }
    String lf = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lf.length());
    for (int i = 0; i < lf.length(); i++) {
      char c = lf.charAt(i);
      if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || isBidiControl(c))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** At most {@code max} code points; a cut string ends with an ellipsis (counted in the limit). */
  public static String cap(String s, int max) {
    if (s == null) {
      return "";
    }
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, Math.max(0, max - 1));
    return s.substring(0, end) + ELLIPSIS;
  }

  /** The first {@code max} code points, without a marker (budgets that state their own truncation). */
  public static String head(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max));
  }

  // Trojan-source style reordering marks (CVE-2021-42574) must not reach the agent's view of a finding.
  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
  }
}

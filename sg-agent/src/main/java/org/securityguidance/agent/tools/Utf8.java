package org.securityguidance.agent.tools;

/** UTF-8 sizes and safe clipping of result text. */
final class Utf8 {
  private Utf8() {}

  /** The UTF-8 encoded length of {@code s} (a lone surrogate counts as the 3-byte replacement). */
  static int length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** {@code s} cut to at most {@code maxChars} characters without splitting a surrogate pair. */
  static String prefix(String s, int maxChars) {
    if (s.length() <= maxChars) {
      return s;
    }
    int end = Math.max(0, maxChars);
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** A line cut to {@code maxChars} characters with a note saying how much was left out. */
  static String clipLine(String line, int maxChars) {
    if (line.length() <= maxChars) {
      return line;
    }
    String head = prefix(line, maxChars);
    return head + " …[line clipped, " + (line.length() - head.length()) + " more chars]";
  }
}

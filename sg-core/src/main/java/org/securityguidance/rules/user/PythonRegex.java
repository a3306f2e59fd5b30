package org.securityguidance.rules.user;

/**
 * Rewrites the few Python {@code re} spellings that RE2/J reads differently, so a rule file written for the original
 * keeps its meaning: {@code \Z} (end of text) becomes {@code \z}, {@code \}{@code uXXXX} and {@code \UXXXXXXXX} become
 * {@code \x{…}}, and the quantifier {@code {,n}} becomes {@code {0,n}} (RE2 would read it as literal text).
 *
 * <p>Everything else is passed through and RE2/J decides: {@code (?P<name>…)}, classes, {@code \b \d \w \s},
 * {@code (?i)}/{@code (?s)}/{@code (?m)}, lazy quantifiers work; look-arounds, back-references, {@code (?P=name)},
 * possessive and atomic groups and {@code (?x)} do not compile and the entry is rejected with a log line. Known
 * differences that compile: {@code \b \d \w \s} are ASCII-only in RE2 (Unicode in Python 3), and {@code $} without
 * {@code (?m)} matches only at the very end (Python also matches before a final newline).
 */
final class PythonRegex {
  private PythonRegex() {}

  static String toRe2(String python) {
    StringBuilder out = new StringBuilder(python.length() + 8);
    boolean inClass = false;
    int i = 0;
    while (i < python.length()) {
      char c = python.charAt(i);
      if (c == '\\' && i + 1 < python.length()) {
        i = escape(python, i, out);
        continue;
      }
      if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        out.append(c);
        i = classStart(python, i + 1, out);
        continue;
      } else if (c == '{' && isOpenLowerBound(python, i)) {
        out.append("{0");
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Copies a leading {@code ^} and a leading {@code ]} of a class, which are members, not the class end. */
  private static int classStart(String s, int i, StringBuilder out) {
    int j = i;
    if (j < s.length() && s.charAt(j) == '^') {
      out.append('^');
      j++;
    }
    if (j < s.length() && s.charAt(j) == ']') {
      out.append(']');
      j++;
    }
    return j;
  }

  private static int escape(String s, int i, StringBuilder out) {
    char e = s.charAt(i + 1);
    int digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (e == 'Z') {
      out.append("\\z");
      return i + 2;
    }
    if (digits > 0 && i + 2 + digits <= s.length() && isHex(s, i + 2, i + 2 + digits)) {
      out.append("\\x{").append(s, i + 2, i + 2 + digits).append('}');
      return i + 2 + digits;
    }
    out.append(s, i, i + 2);
    return i + 2;
  }

  private static boolean isOpenLowerBound(String s, int i) {
    int j = i + 1;
    if (j >= s.length() || s.charAt(j) != ',') {
      return false;
    }
    j++;
    int digitsStart = j;
    while (j < s.length() && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
      j++;
    }
    return j > digitsStart && j < s.length() && s.charAt(j) == '}';
  }

  private static boolean isHex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}

package org.securityguidance.rules.secret;

import java.util.Set;

/** Bounded, single-line token readers used by {@link KeywordAssignments}: operators, string literals, bare values. */
final class Cursor {
  /** Longest literal considered; longer strings are data blobs, not credentials. */
  static final int MAX_VALUE = 1024;
  private static final int MAX_TYPE = 40;
  private static final Set<String> LINE_PREFIXES = Set.of("export", "set", "setx", "env", "arg", "declare",
      "readonly", "local");

  /** An assignment-like operator ending at {@code end}; {@code call} for {@code name(}. */
  record Operator(int end, boolean isCall) {}

  /** A value {@code [start, end)}; scanning resumes at {@code resume} (after a closing quote). */
  record Value(int start, int end, int resume) {}

  private Cursor() {}

  static int skipSpaces(String text, int p, int max) {
    int limit = Math.min(text.length(), p + max);
    while (p < limit && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  /** Skips the closing quote of a quoted key ({@code "password":}, {@code \"password\":}) and a closing bracket. */
  static int skipKeyClose(String text, int p) {
    if (p < text.length() && text.charAt(p) == '\\' && p + 1 < text.length() && isQuote(text.charAt(p + 1))) {
      p++;
    }
    if (p < text.length() && isQuote(text.charAt(p))) {
      p++;
    }
    if (p < text.length() && text.charAt(p) == ']') {
      p++;
    }
    return p;
  }

  /** The operator at {@code p}, or null. {@code whitespaceIsOperator} accepts the gap itself (netrc). */
  static Operator operator(String text, int p, boolean whitespaceIsOperator) {
    char c = at(text, p);
    char next = at(text, p + 1);
    if ((c == ':' && next == '=') || (c == '=' && next == '>')) {
      return new Operator(p + 2, false);
    }
    if (c == '=' && next != '=' && next != '~') {
      return new Operator(p + 1, false);
    }
    if (c == ':' && next != ':') {
      int afterType = skipTypeAnnotation(text, p + 1);
      return new Operator(afterType > 0 ? afterType : p + 1, false);
    }
    if (c == '(') {
      return new Operator(p + 1, true);
    }
    return whitespaceIsOperator ? new Operator(p, false) : null;
  }

  /** After {@code name:} in {@code name: str = "…"} returns the offset past '='; -1 when there is no annotation. */
  private static int skipTypeAnnotation(String text, int p) {
    int i = skipSpaces(text, p, 8);
    int start = i;
    int limit = Math.min(text.length(), i + MAX_TYPE);
    while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || "_.<>[]?|".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    if (i == start || !Character.isLetter(text.charAt(start))) {
      return -1;
    }
    i = skipSpaces(text, i, 8);
    return at(text, i) == '=' && at(text, i + 1) != '=' ? i + 1 : -1;
  }

  /** A quoted literal at {@code p} ({@code r"…"}, {@code b'…'}, {@code @"…"} and JSON-escaped too), or null. */
  static Value quoted(String text, int p) {
    int i = p;
    for (int k = 0; k < 2 && "rRbBuUfF@".indexOf(at(text, i)) >= 0 && i + 1 < text.length(); k++) {
      i++;
    }
    boolean escaped = at(text, i) == '\\' && isQuote(at(text, i + 1));
    if (escaped) {
      i++;
    }
    char q = at(text, i);
    if (!isQuote(q)) {
      return null;
    }
    int limit = Math.min(text.length(), i + 1 + MAX_VALUE);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return null;
      }
      if (c == '\\') {
        if (escaped && at(text, j + 1) == q) {
          return new Value(i + 1, j, j + 2);
        }
        j++;
      } else if (c == q) {
        return escaped ? null : new Value(i + 1, j, j + 1);
      }
    }
    return null;
  }

  /** An unquoted value up to whitespace or end of line ({@code .env}, YAML, properties), or null when empty. */
  static Value bare(String text, int p) {
    int limit = Math.min(text.length(), p + MAX_VALUE);
    int j = p;
    while (j < limit && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    int end = j;
    while (end > p && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
      end--;
    }
    if (end == p || text.charAt(p) == '#') {
      return null;
    }
    return new Value(p, end, j);
  }

  /** Whether only indentation, a YAML list dash or a shell/Dockerfile keyword precedes {@code s} on its line. */
  static boolean atLineStart(String text, int s) {
    int i = s - 1;
    if (i >= 0 && isQuote(text.charAt(i))) {
      i--;
    }
    i = skipSpacesBack(text, i);
    if (i >= 0 && Character.isLetter(text.charAt(i))) {
      int wordEnd = i + 1;
      while (i >= 0 && wordEnd - i <= 10 && Character.isLetter(text.charAt(i))) {
        i--;
      }
      String word = Placeholders.asciiLower(text.substring(i + 1, wordEnd));
      if (!LINE_PREFIXES.contains(word) || wordEnd == s) {
        return false;
      }
      i = skipSpacesBack(text, i);
    }
    if (i >= 0 && text.charAt(i) == '-') {
      i = skipSpacesBack(text, i - 1);
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  private static int skipSpacesBack(String text, int i) {
    int limit = Math.max(-1, i - 64);
    while (i > limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  private static char at(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }
}

package org.securityguidance.review.scope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undoes git's C-style path quoting. With {@code core.quotePath=false} non-ASCII bytes stay raw, but a path holding a
 * double quote, a backslash or a control character is still written as {@code "a/we\"ird\tname"}.
 */
final class CQuoted {
  private CQuoted() {}

  /** The unquoted name if {@code s} is a complete quoted string, else {@code s} unchanged. */
  static String unquote(String s) {
    if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int end = s.length() - 1;
    for (int i = 1; i < end; i++) {
      int c = s.codePointAt(i);
      if (c != '\\' || i + 1 >= end) {
        byte[] raw = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
        i += Character.charCount(c) - 1;
        continue;
      }
      char e = s.charAt(++i);
      if (e >= '0' && e <= '3' && i + 2 < end && isOctal(s.charAt(i + 1)) && isOctal(s.charAt(i + 2))) {
        bytes.write((e - '0') * 64 + (s.charAt(i + 1) - '0') * 8 + (s.charAt(i + 2) - '0'));
        i += 2;
      } else {
        bytes.write(escaped(e));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static int escaped(char e) {
    switch (e) {
      case 'a': return 7;
      case 'b': return '\b';
      case 't': return '\t';
      case 'n': return '\n';
      case 'v': return 11;
      case 'f': return '\f';
      case 'r': return '\r';
      default: return e; // \" and \\ (and anything unexpected) stand for themselves
    }
  }
}

package org.securityguidance.rules.user;

import java.util.List;

/** Scalar pieces of the YAML subset: quoted scalars with their escapes, and literal/folded block-scalar bodies. */
final class YamlScalars {
  private YamlScalars() {}

  /** A decoded quoted scalar and the index just past its closing quote. */
  record Quoted(String value, int end) {}

  /** Chomping indicator of a block scalar header: clip (default), strip ({@code -}) or keep ({@code +}). */
  enum Chomp {
    CLIP,
    STRIP,
    KEEP
  }

  /** Reads the quoted scalar starting at {@code line.charAt(start)}; it must end on the same line. */
  static Quoted quoted(String line, int start, int lineNo) {
    return line.charAt(start) == '\'' ? singleQuoted(line, start, lineNo) : doubleQuoted(line, start, lineNo);
  }

  private static Quoted singleQuoted(String line, int start, int lineNo) {
    StringBuilder out = new StringBuilder();
    int i = start + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\'') {
        if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          out.append('\'');
          i += 2;
          continue;
        }
        return new Quoted(out.toString(), i + 1);
      }
      out.append(c);
      i++;
    }
    throw unterminated(lineNo);
  }

  private static Quoted doubleQuoted(String line, int start, int lineNo) {
    StringBuilder out = new StringBuilder();
    int i = start + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return new Quoted(out.toString(), i + 1);
      }
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= line.length()) {
        throw new YamlException("line-continuation escapes in double-quoted scalars are not supported", lineNo);
      }
      i = escape(line, i + 1, out, lineNo);
    }
    throw unterminated(lineNo);
  }

  /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
  private static int escape(String line, int i, StringBuilder out, int lineNo) {
    char e = line.charAt(i);
    String simple = simpleEscape(e);
    if (simple != null) {
      out.append(simple);
      return i + 1;
    }
    int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits == 0) {
      // #yaml: "hashlib\.md5\(" is the usual mistake; YAML itself rejects it, so we do too, with a hint.
      throw new YamlException("invalid escape in a double-quoted scalar (write regexes in single quotes)", lineNo);
    }
    int cp = parseHex(line, i + 1, i + 1 + digits);
    if (cp < 0 || !Character.isValidCodePoint(cp)) {
      throw new YamlException("invalid or truncated \\" + e + " escape", lineNo);
    }
    out.appendCodePoint(cp);
    return i + 1 + digits;
  }

  private static String simpleEscape(char e) {
    return switch (e) {
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 't', '\t' -> "\t";
      case 'n' -> "\n";
      case 'v' -> "\u000B";
      case 'f' -> "\f";
      case 'r' -> "\r";
      case 'e' -> "\u001B";
      case ' ' -> " ";
      case '"' -> "\"";
      case '/' -> "/";
      case '\\' -> "\\";
      case 'N' -> "\u0085";
      case '_' -> "\u00A0";
      case 'L' -> "\u2028";
      case 'P' -> "\u2029";
      default -> null;
    };
  }

  private static int parseHex(String s, int from, int to) {
    if (to > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }

  private static YamlException unterminated(int lineNo) {
    return new YamlException("unterminated quoted scalar (quoted scalars must end on their line)", lineNo);
  }

  /** Joins a literal ({@code |}) block body: content lines (indentation removed, "" for empty) plus chomping. */
  static String literal(List<String> body, Chomp chomp) {
    int last = lastNonEmpty(body);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      out.append(body.get(i));
      if (i < last) {
        out.append('\n');
      }
    }
    return chomped(out, last, body.size(), chomp);
  }

  /**
   * Joins a folded ({@code >}) block body: a single line break between two normal lines becomes a space, a run of k
   * empty lines becomes k line breaks, and breaks next to more-indented lines are kept (YAML 1.2 §8.1.3).
   */
  static String folded(List<String> body, Chomp chomp) {
    int last = lastNonEmpty(body);
    StringBuilder out = new StringBuilder();
    int emptyRun = 0;
    boolean started = false;
    boolean previousMoreIndented = false;
    for (int i = 0; i <= last; i++) {
      String line = body.get(i);
      if (line.isEmpty()) {
        emptyRun++;
        continue;
      }
      boolean moreIndented = line.charAt(0) == ' ' || line.charAt(0) == '\t';
      if (!started) {
        out.append("\n".repeat(emptyRun));
      } else if (previousMoreIndented || moreIndented) {
        out.append("\n".repeat(emptyRun + 1));
      } else {
        out.append(emptyRun == 0 ? " " : "\n".repeat(emptyRun));
      }
      out.append(line);
      started = true;
      previousMoreIndented = moreIndented;
      emptyRun = 0;
    }
    return chomped(out, last, body.size(), chomp);
  }

  private static String chomped(StringBuilder content, int last, int total, Chomp chomp) {
    if (last < 0) {
      return chomp == Chomp.KEEP ? "\n".repeat(total) : "";
    }
    switch (chomp) {
      case CLIP -> content.append('\n');
      case KEEP -> content.append("\n".repeat(total - last));
      case STRIP -> { }
    }
    return content.toString();
  }

  private static int lastNonEmpty(List<String> body) {
    for (int i = body.size() - 1; i >= 0; i--) {
      if (!body.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}

package org.securityguidance.rules.user;

import org.securityguidance.json.Json;

/** Line-level lexing for {@link YamlSubset}: splitting, indentation, comments, keys and plain scalars. */
final class YamlLines {
  private static final String NEVER_START_PLAIN = "[]{},#&*!|>'\"%@`";

  private YamlLines() {}

  /** A block scalar header: style, chomping and explicit indentation (0 = auto-detect). */
  record BlockHeader(boolean literal, YamlScalars.Chomp chomp, int indent) {}

  /**
   * Splits into lines (LF or CRLF), dropping a leading BOM and the empty piece after a final line break; characters
   * YAML does not allow are an error.
   */
  static String[] split(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = t.split("\n", -1);
    if (lines.length > 1 && t.endsWith("\n")) {
      lines = java.util.Arrays.copyOf(lines, lines.length - 1);
    }
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
        lines[n] = line;
      }
      for (int i = 0; i < line.length(); i++) {
        if (!printable(line.charAt(i))) {
          throw new YamlException("control character (YAML allows only printable characters)", n + 1);
        }
      }
    }
    return lines;
  }

  private static boolean printable(char c) {
    return c == '\t' || (c >= 0x20 && c < 0x7F) || c == 0x85 || (c >= 0xA0 && c != 0xFFFE && c != 0xFFFF);
  }

  /** Leading spaces of a significant line; a tab among them is an error (YAML indents with spaces only). */
  static int indent(String line, int lineNo) {
    int n = leadingSpaces(line);
    if (n < line.length() && line.charAt(n) == '\t') {
      throw new YamlException("tab in indentation", lineNo);
    }
    return n;
  }

  static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  static boolean isWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Blank, or only a comment after optional whitespace. */
  static boolean isBlankOrComment(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        return c == '#';
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** A block sequence entry: {@code -} alone or followed by a space. */
  static boolean isSequenceItem(String content) {
    return content.equals("-") || content.startsWith("- ");
  }

  /** Index of the colon ending a mapping key that starts at {@code start}, or -1 when the text is not a key. */
  static int keyColon(String line, int start, int lineNo) {
    if (start >= line.length()) {
      return -1;
    }
    char c = line.charAt(start);
    if (c == '"' || c == '\'') {
      int end;
      try {
        end = YamlScalars.quoted(line, start, lineNo).end();
      } catch (YamlException notAKey) {
        return -1;
      }
      int i = skipSpaces(line, end);
      return i < line.length() && line.charAt(i) == ':' && separatedAfter(line, i) ? i : -1;
    }
    if (NEVER_START_PLAIN.indexOf(c) >= 0 || ("-?:".indexOf(c) >= 0 && separatedAfter(line, start))) {
      return -1;
    }
    for (int i = start; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '#' && isSpace(line.charAt(i - 1))) {
        return -1;
      }
      if (ch == ':' && separatedAfter(line, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The key text of a mapping entry whose colon {@link #keyColon} found. */
  static String key(String line, int start, int colon, int lineNo) {
    char c = line.charAt(start);
    if (c == '"' || c == '\'') {
      return YamlScalars.quoted(line, start, lineNo).value();
    }
    return line.substring(start, colon).strip();
  }

  /** End of the plain scalar starting at {@code start} (before a comment or the line end), after validating it. */
  static int plainEnd(String line, int start, int lineNo) {
    char c = line.charAt(start);
    if (NEVER_START_PLAIN.indexOf(c) >= 0) {
      throw new YamlException(notPlain(c), lineNo);
    }
    if ("-?:".indexOf(c) >= 0 && separatedAfter(line, start)) {
      throw new YamlException("unexpected '" + c + "' indicator", lineNo);
    }
    int end = line.length();
    for (int i = start + 1; i < line.length(); i++) {
      if (line.charAt(i) == '#' && isSpace(line.charAt(i - 1))) {
        end = i;
        break;
      }
    }
    String text = line.substring(start, end).strip();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':' && separatedAfter(text, i)) {
        throw new YamlException("': ' inside a plain value (quote the value)", lineNo);
      }
    }
    return end;
  }

  /** Why a scalar cannot start with {@code c}. */
  static String notPlain(char c) {
    return switch (c) {
      case '&', '*' -> "anchors and aliases are not supported (quote values starting with '" + c + "')";
      case '!' -> "tags are not supported";
      case '{', '}' -> "flow mappings are not supported";
      case '%' -> "directives are not supported";
      case '|', '>' -> "block scalar indicator not allowed here";
      default -> "unexpected '" + c + "'";
    };
  }

  /** A plain scalar's value: the null spellings become {@link Json#NULL}, everything else stays a string. */
  static Object plainValue(String text) {
    return switch (text) {
      case "~", "null", "Null", "NULL" -> Json.NULL;
      default -> text;
    };
  }

  /** Parses {@code |} or {@code >} with optional chomping ({@code +}/{@code -}) and indentation (1–9) indicators. */
  static BlockHeader blockHeader(String line, int col, int lineNo) {
    boolean literal = line.charAt(col) == '|';
    YamlScalars.Chomp chomp = null;
    int indent = 0;
    int i = col + 1;
    for (; i < line.length() && i <= col + 2; i++) {
      char c = line.charAt(i);
      if ((c == '+' || c == '-') && chomp == null) {
        chomp = c == '+' ? YamlScalars.Chomp.KEEP : YamlScalars.Chomp.STRIP;
      } else if (c >= '1' && c <= '9' && indent == 0) {
        indent = c - '0';
      } else {
        break;
      }
    }
    String rest = line.substring(i);
    if (!rest.isEmpty() && !(isSpace(rest.charAt(0)) && isBlankOrComment(rest))) {
      throw new YamlException("unexpected text after a block scalar indicator", lineNo);
    }
    return new BlockHeader(literal, chomp == null ? YamlScalars.Chomp.CLIP : chomp, indent);
  }

  private static boolean separatedAfter(String s, int i) {
    return i + 1 >= s.length() || isSpace(s.charAt(i + 1));
  }
}

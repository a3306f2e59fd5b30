package org.securityguidance.rules.user;

import java.util.ArrayList;
import java.util.List;

/** Reads a flow sequence ({@code [a, 'b', [c]]}) for {@link YamlSubset}; it may span lines and hold comments. */
final class YamlFlow {
  private final String[] lines;
  private int line;
  private int col;

  /** A cursor just after the opening bracket at {@code lines[line].charAt(col - 1)}. */
  YamlFlow(String[] lines, int line, int col) {
    this.lines = lines;
    this.line = line;
    this.col = col;
  }

  /** Line index of the cursor (after {@link #sequence}: the line of the closing bracket). */
  int line() {
    return line;
  }

  /** Column just after the closing bracket once {@link #sequence} returned. */
  int column() {
    return col;
  }

  /** The items up to and including the closing bracket; {@code depth} counts enclosing nodes. */
  List<Object> sequence(int depth) {
    List<Object> items = new ArrayList<>();
    boolean needItem = true;
    while (true) {
      skipSeparators();
      if (line >= lines.length) {
        throw new YamlException("unterminated flow sequence", lines.length);
      }
      char c = lines[line].charAt(col);
      if (c == ']') {
        col++;
        return items;
      }
      if (!needItem) {
        if (c != ',') {
          throw error("expected ',' or ']' in a flow sequence");
        }
        col++;
        needItem = true;
        continue;
      }
      if (c == ',') {
        throw error("empty entry in a flow sequence");
      }
      items.add(item(depth));
      needItem = false;
    }
  }

  private Object item(int depth) {
    String text = lines[line];
    char c = text.charAt(col);
    if (c == '[') {
      if (depth + 1 > YamlSubset.MAX_DEPTH) {
        throw error("nesting deeper than " + YamlSubset.MAX_DEPTH);
      }
      col++;
      return sequence(depth + 1);
    }
    if (c == '"' || c == '\'') {
      YamlScalars.Quoted q = YamlScalars.quoted(text, col, line + 1);
      col = q.end();
      return q.value();
    }
    if ("{}#&*!|>%@`".indexOf(c) >= 0) {
      throw error(YamlLines.notPlain(c));
    }
    // In flow context a plain scalar may not start with '?' or ':' at all (PyYAML agrees), nor with "- ".
    if (c == '?' || c == ':' || (c == '-' && (col + 1 >= text.length() || YamlLines.isSpace(text.charAt(col + 1))))) {
      throw error("unexpected '" + c + "' indicator");
    }
    int end = col;
    while (end < text.length() && ",[]{}".indexOf(text.charAt(end)) < 0
        && !(text.charAt(end) == '#' && YamlLines.isSpace(text.charAt(end - 1)))) {
      if (text.charAt(end) == ':' && (end + 1 >= text.length() || ",[]{} \t".indexOf(text.charAt(end + 1)) >= 0)) {
        throw error("flow mappings are not supported");
      }
      end++;
    }
    String value = text.substring(col, end).strip();
    col = end;
    return YamlLines.plainValue(value);
  }

  /** Skips spaces, tabs, comments and line ends. */
  private void skipSeparators() {
    while (line < lines.length) {
      String text = lines[line];
      while (col < text.length() && YamlLines.isSpace(text.charAt(col))) {
        col++;
      }
      boolean comment = col < text.length() && text.charAt(col) == '#'
          && (col == 0 || YamlLines.isSpace(text.charAt(col - 1)));
      if (col < text.length() && !comment) {
        return;
      }
      line++;
      col = 0;
    }
  }

  private YamlException error(String problem) {
    return new YamlException(problem, line + 1);
  }
}

package org.securityguidance.rules.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * A reader for the small YAML subset that security-patterns files need, so sg-core stays free of a YAML library.
 *
 * <p>Supported: one document (optional leading {@code ---}, optional trailing {@code ...}); block mappings with plain
 * or quoted keys; block sequences (also "compact" ones at the key's indentation, and {@code - key: value} items);
 * flow sequences {@code [a, 'b', "c"]}, which may span lines and nest; plain, single-quoted and double-quoted scalars
 * (all YAML escapes); literal {@code |} and folded {@code >} block scalars with chomping and indentation indicators;
 * {@code #} comments. Results use the JSON reader's types: {@link LinkedHashMap}, {@link ArrayList}, {@link String},
 * and {@link Json#NULL} for {@code ~}, {@code null} and empty values. Plain scalars stay strings ({@code yes} is not
 * a boolean, {@code 010} is not a number): every field of a pattern file is a string anyway.
 *
 * <p>Everything else (anchors, aliases, tags, flow mappings, multi-line plain or quoted scalars, complex keys,
 * directives, several documents, tabs in indentation, duplicate keys) is a {@link YamlException} naming the line, so
 * the caller can skip the file with a clear log line instead of guessing. Input is bounded by {@link #MAX_CHARS} and
 * nesting by {@link #MAX_DEPTH}; the reader never throws anything but {@link YamlException}.
 */
final class YamlSubset {
  static final int MAX_CHARS = 1 << 20;
  static final int MAX_DEPTH = 32;

  private final String[] lines;
  private final boolean lastLineEnded;
  private int pos;
  private int depth;

  private YamlSubset(String[] lines, boolean lastLineEnded) {
    this.lines = lines;
    this.lastLineEnded = lastLineEnded;
  }

  /** Parses one document; an empty or comment-only document is {@link Json#NULL}. */
  static Object parse(String text) {
    if (text.length() > MAX_CHARS) {
      throw new YamlException("document larger than " + MAX_CHARS + " characters", 1);
    }
    return new YamlSubset(YamlLines.split(text), text.endsWith("\n")).document();
  }

  private Object document() {
    skipInsignificant();
    if (!atEnd() && isMarker("---")) {
      pos++;
      skipInsignificant();
    }
    Object root = Json.NULL;
    if (!atEnd() && !isMarker("...") && !isMarker("---")) {
      root = blockNode(indentOf(pos), -1);
    }
    skipInsignificant();
    if (!atEnd() && isMarker("...")) {
      pos++;
      skipInsignificant();
    }
    if (!atEnd()) {
      throw error(isMarker("---") ? "several documents in one file are not supported" : "unexpected content");
    }
    return root;
  }

  /** A node whose first line is the current line, starting at column {@code indent}. */
  private Object blockNode(int indent, int parentIndent) {
    enter();
    String content = lines[pos].substring(indent);
    Object node;
    if (YamlLines.isSequenceItem(content)) {
      node = sequence(indent);
    } else if (YamlLines.keyColon(lines[pos], indent, lineNo()) >= 0) {
      node = mapping(indent);
    } else {
      node = value(indent, parentIndent, false);
    }
    depth--;
    return node;
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (nextLineAt(indent)) {
      String line = lines[pos];
      if (YamlLines.isSequenceItem(line.substring(indent))) {
        throw error("a sequence item where a mapping key was expected");
      }
      int colon = YamlLines.keyColon(line, indent, lineNo());
      if (colon < 0) {
        throw error("expected 'key: value'");
      }
      String key = YamlLines.key(line, indent, colon, lineNo());
      if (map.containsKey(key)) {
        throw error("duplicate key");
      }
      map.put(key, value(colon + 1, indent, true));
    }
    return map;
  }

  private List<Object> sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (nextLineAt(indent) && YamlLines.isSequenceItem(lines[pos].substring(indent))) {
      String line = lines[pos];
      int itemCol = YamlLines.skipSpaces(line, indent + 1);
      String rest = line.substring(itemCol);
      if (!YamlLines.isBlankOrComment(rest)
          && (YamlLines.isSequenceItem(rest) || YamlLines.keyColon(line, itemCol, lineNo()) >= 0)) {
        // "- key: v" / "- - x": the item is a block node that starts mid-line; re-read the line as if the dash were
        // a space so the following lines at the item's column continue the same mapping or sequence.
        lines[pos] = " ".repeat(itemCol) + rest;
        list.add(blockNode(itemCol, indent));
      } else {
        list.add(value(indent + 1, indent, false));
      }
    }
    return list;
  }

  /** True when the next significant line starts exactly at {@code indent}; deeper lines are an error. */
  private boolean nextLineAt(int indent) {
    skipInsignificant();
    if (atEnd() || isMarker("---") || isMarker("...")) {
      return false;
    }
    int actual = indentOf(pos);
    if (actual > indent) {
      throw error("unexpected indentation (multi-line plain scalars are not supported: use | or >)");
    }
    return actual == indent;
  }

  /**
   * The value that starts on the current line at column {@code col} (after a key's colon or a sequence dash), or, when
   * that rest of the line is empty, the nested block below it. Leaves {@link #pos} on the next unread line.
   */
  private Object value(int col, int parentIndent, boolean afterKey) {
    String line = lines[pos];
    int c = YamlLines.skipSpaces(line, col);
    if (YamlLines.isBlankOrComment(line.substring(c))) {
      pos++;
      return nestedBlock(parentIndent, afterKey);
    }
    char first = line.charAt(c);
    if (first == '|' || first == '>') {
      return blockScalar(c, parentIndent);
    }
    Object result;
    int end;
    if (first == '[') {
      YamlFlow flow = new YamlFlow(lines, pos, c + 1);
      enter();
      result = flow.sequence(depth);
      depth--;
      pos = flow.line();
      end = flow.column();
    } else if (first == '"' || first == '\'') {
      YamlScalars.Quoted q = YamlScalars.quoted(line, c, lineNo());
      result = q.value();
      end = q.end();
    } else {
      end = YamlLines.plainEnd(line, c, lineNo());
      result = YamlLines.plainValue(line.substring(c, end).strip());
    }
    if (!YamlLines.isBlankOrComment(lines[pos].substring(end))
        || (end < lines[pos].length() && lines[pos].charAt(end) == '#'
            && !YamlLines.isSpace(lines[pos].charAt(end - 1)))) {
      throw error("unexpected characters after a value");
    }
    pos++;
    return result;
  }

  private Object nestedBlock(int parentIndent, boolean afterKey) {
    skipInsignificant();
    if (atEnd() || isMarker("---") || isMarker("...")) {
      return Json.NULL;
    }
    int indent = indentOf(pos);
    if (indent > parentIndent) {
      return blockNode(indent, parentIndent);
    }
    if (afterKey && indent == parentIndent && YamlLines.isSequenceItem(lines[pos].substring(indent))) {
      enter();
      List<Object> compact = sequence(indent);
      depth--;
      return compact;
    }
    return Json.NULL;
  }

  private String blockScalar(int col, int parentIndent) {
    YamlLines.BlockHeader header = YamlLines.blockHeader(lines[pos], col, lineNo());
    int base = Math.max(parentIndent, 0);
    pos++;
    int contentIndent = header.indent() > 0 ? base + header.indent() : detectIndent(parentIndent);
    List<String> body = new ArrayList<>();
    while (pos < lines.length) {
      String line = lines[pos];
      if (YamlLines.isWhitespace(line)) {
        body.add(YamlLines.leadingSpaces(line) > contentIndent ? line.substring(contentIndent) : "");
      } else if (YamlLines.leadingSpaces(line) >= contentIndent) {
        body.add(line.substring(contentIndent));
      } else {
        break;
      }
      pos++;
    }
    String value =
        header.literal() ? YamlScalars.literal(body, header.chomp()) : YamlScalars.folded(body, header.chomp());
    // Chomping keeps a final line break only if the file has one after the scalar's last line.
    boolean endsAtUnterminatedEof = pos == lines.length && !lastLineEnded && !body.isEmpty();
    return endsAtUnterminatedEof && value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
  }

  /** Indentation of the first non-blank line of a block scalar; when it is not deeper than the parent, no content. */
  private int detectIndent(int parentIndent) {
    for (int i = pos; i < lines.length; i++) {
      if (!YamlLines.isWhitespace(lines[i])) {
        int indent = YamlLines.leadingSpaces(lines[i]);
        // Content must be deeper than the parent, and a top-level block scalar's content at least one column deep.
        return indent > Math.max(parentIndent, 0) ? indent : Integer.MAX_VALUE;
      }
    }
    return Integer.MAX_VALUE;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private void skipInsignificant() {
    while (pos < lines.length && YamlLines.isBlankOrComment(lines[pos])) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= lines.length;
  }

  private boolean isMarker(String marker) {
    String line = lines[pos];
    return line.startsWith(marker) && YamlLines.isBlankOrComment(line.substring(marker.length()))
        && (line.length() == marker.length() || line.charAt(marker.length()) == ' ');
  }

  private int indentOf(int line) {
    return YamlLines.indent(lines[line], line + 1);
  }

  private int lineNo() {
    return pos + 1;
  }

  private YamlException error(String problem) {
    return new YamlException(problem, lineNo());
  }
}

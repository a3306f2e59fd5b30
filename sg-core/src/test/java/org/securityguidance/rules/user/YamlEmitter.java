package org.securityguidance.rules.user;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.securityguidance.json.Json;

/** Test helper: writes a tree in the YAML subset, varying scalar and collection styles deterministically. */
final class YamlEmitter {
  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./ -]*[A-Za-z0-9_./]|[A-Za-z0-9_]");
  private static final Pattern BLOCK_SAFE = Pattern.compile("[A-Za-z#][A-Za-z #]*(\n[A-Za-z#][A-Za-z #]*)+");

  private YamlEmitter() {}

  static String emit(Map<String, Object> doc) {
    StringBuilder out = new StringBuilder();
    mapping(doc, 0, out);
    return out.toString();
  }

  private static void mapping(Map<?, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(" ".repeat(indent)).append(scalar((String) e.getKey(), true)).append(':');
      value(e.getValue(), indent, out);
    }
  }

  private static void sequence(List<?> list, int indent, StringBuilder out) {
    for (Object item : list) {
      boolean compact = item.hashCode() % 2 != 0;
      if (compact && item instanceof Map<?, ?> m && !m.isEmpty()) {
        StringBuilder child = new StringBuilder();
        mapping(m, indent + 2, child);
        out.append(" ".repeat(indent)).append("- ").append(child.substring(indent + 2));
      } else if (compact && item instanceof List<?> l && !l.isEmpty()) {
        StringBuilder child = new StringBuilder();
        sequence(l, indent + 2, child);
        out.append(" ".repeat(indent)).append("- ").append(child.substring(indent + 2));
      } else {
        out.append(" ".repeat(indent)).append('-');
        value(item, indent, out);
      }
    }
  }

  private static void value(Object v, int indent, StringBuilder out) {
    if (v instanceof Map<?, ?> m) {
      out.append('\n');
      mapping(m, indent + 2, out);
    } else if (v instanceof List<?> l && (l.isEmpty() || allScalars(l) && l.size() % 2 == 1)) {
      out.append(" [");
      for (int i = 0; i < l.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(l.get(i) == Json.NULL ? "~" : doubleQuoted((String) l.get(i)));
      }
      out.append("]\n");
    } else if (v instanceof List<?> l) {
      out.append('\n');
      // Alternate between indented sequences and "compact" ones at the key's own indentation.
      sequence(l, l.hashCode() % 2 == 0 ? indent + 2 : indent, out);
    } else if (v == Json.NULL) {
      out.append(v.hashCode() % 2 == 0 ? "\n" : " ~\n");
    } else if (BLOCK_SAFE.matcher((String) v).matches() && !((String) v).endsWith(" ")) {
      out.append(" |-\n");
      for (String line : ((String) v).split("\n", -1)) {
        out.append(" ".repeat(indent + 2)).append(line).append('\n');
      }
    } else {
      out.append(' ').append(scalar((String) v, false)).append('\n');
    }
  }

  private static boolean allScalars(List<?> l) {
    return l.stream().allMatch(x -> x instanceof String || x == Json.NULL);
  }

  private static String scalar(String s, boolean key) {
    int style = Math.floorMod(s.hashCode(), 3);
    boolean nullSpelling = List.of("~", "null", "Null", "NULL").contains(s);
    if (style == 0 && PLAIN_SAFE.matcher(s).matches() && !nullSpelling && !(key && s.contains(" "))) {
      return s;
    }
    if (style == 1 && s.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      return "'" + s.replace("'", "''") + "'";
    }
    return doubleQuoted(s);
  }

  private static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}

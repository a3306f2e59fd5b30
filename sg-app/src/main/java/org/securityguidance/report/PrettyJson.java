package org.securityguidance.report;

import java.util.Map;
import org.securityguidance.json.Json;

/**
 * Indented JSON for reports people read and diff (golden files, uploaded SARIF). Scalars are written by
 * {@link Json}, so escaping stays ASCII-only and identical to the compact form.
 */
final class PrettyJson {
  private static final String INDENT = "  ";

  private PrettyJson() {}

  /** The document with two-space indentation and a trailing newline. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(4096);
    append(out, value, 0);
    return out.append('\n').toString();
  }

  private static void append(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('{');
      String separator = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(separator);
        indent(out, depth + 1);
        Json.writeTo(out, String.valueOf(e.getKey()));
        out.append(": ");
        append(out, e.getValue(), depth + 1);
        separator = ",\n";
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof Iterable<?> items && items.iterator().hasNext()) {
      out.append('[');
      String separator = "\n";
      for (Object item : items) {
        out.append(separator);
        indent(out, depth + 1);
        append(out, item, depth + 1);
        separator = ",\n";
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else {
      Json.writeTo(out, value);
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }
}

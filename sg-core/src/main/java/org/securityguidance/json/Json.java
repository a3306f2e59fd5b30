package org.securityguidance.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, strict JSON reader and an ASCII-only writer, so the hook path needs no third-party library (ADR 0001).
 *
 * <p>Values map to plain Java types: object → {@link LinkedHashMap} (insertion order kept, because Claude Code keeps
 * only the first metric keys), array → {@link ArrayList}, string → {@link String}, number → {@link Long} when it is an
 * integer that fits, else {@link Double}, true/false → {@link Boolean}, null → {@link #NULL}. Nesting depth and input
 * size are bounded so hostile input cannot exhaust the stack.
 */
public final class Json {
  /** The JSON null value (Java null is reserved for "absent"). */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** Deepest nesting the reader accepts; deeper documents are rejected as malformed. */
  public static final int MAX_DEPTH = 256;

  private Json() {}

  /** Parses one JSON document; trailing non-whitespace is an error. */
  public static Object parse(CharSequence text) {
    return new JsonReader(text, Set.of()).readDocument();
  }

  /**
   * Parses one document but leaves out, at any depth, every object member whose key is in {@code skipKeys}: their
   * values are checked for well-formedness without building anything (ADR 0008: the hook never reads
   * {@code tool_response}, the runtime catalog never reads {@code examples}). Equivalent to parsing and then removing
   * those keys everywhere.
   */
  public static Object parse(CharSequence text, Set<String> skipKeys) {
    return new JsonReader(text, skipKeys).readDocument();
  }

  /** Parses a document that must be an object. */
  public static Map<String, Object> parseObject(CharSequence text) {
    return parseObject(text, Set.of());
  }

  /** Parses a document that must be an object, leaving out members named in {@code skipKeys} (see above). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(CharSequence text, Set<String> skipKeys) {
    Object value = parse(text, skipKeys);
    if (!(value instanceof Map)) {
      throw new JsonException("expected a JSON object at the top level");
    }
    return (Map<String, Object>) value;
  }

  /** Serialises a value to compact JSON with every non-ASCII character escaped as {@code \\uXXXX}. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(64);
    writeTo(out, value);
    return out.toString();
  }

  /** Appends the compact, ASCII-only JSON form of {@code value} to {@code out}. */
  public static void writeTo(StringBuilder out, Object value) {
    if (value == null || value == NULL) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Double || value instanceof Float) {
      writeFloating(out, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof Number n) {
      out.append(n.longValue());
    } else if (value instanceof Map<?, ?> map) {
      writeObject(out, map);
    } else if (value instanceof Iterable<?> items) {
      writeArray(out, items);
    } else if (value instanceof Object[] array) {
      writeArray(out, List.of(array));
    } else {
      writeString(out, value.toString());
    }
  }

  private static void writeFloating(StringBuilder out, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append((long) d);
    } else {
      out.append(d);
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(out, String.valueOf(e.getKey()));
      out.append(':');
      writeTo(out, e.getValue());
    }
    out.append('}');
  }

  private static void writeArray(StringBuilder out, Iterable<?> items) {
    out.append('[');
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeTo(out, item);
    }
    out.append(']');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static void writeString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

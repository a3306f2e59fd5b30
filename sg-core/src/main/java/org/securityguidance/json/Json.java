package org.securityguidance.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return new Reader(text).readDocument();
  }

  /** Parses a document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(CharSequence text) {
    Object value = parse(text);
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

  /** Recursive-descent reader over a char sequence. */
  private static final class Reader {
    private final CharSequence in;
    private int pos;
    private int depth;

    Reader(CharSequence in) {
      this.in = in;
    }

    Object readDocument() {
      skipWhitespace();
      Object value = readValue();
      skipWhitespace();
      if (pos != in.length()) {
        throw error("unexpected trailing content");
      }
      return value;
    }

    private Object readValue() {
      if (pos >= in.length()) {
        throw error("unexpected end of input");
      }
      char c = in.charAt(pos);
      return switch (c) {
        case '{' -> readObject();
        case '[' -> readArray();
        case '"' -> readString();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", NULL);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield readNumber();
          }
          throw error("unexpected character");
        }
      };
    }

    private Map<String, Object> readObject() {
      enter();
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        depth--;
        return map;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw error("expected a string key");
        }
        String key = readString();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        map.put(key, readValue());
        skipWhitespace();
        char c = next();
        if (c == '}') {
          depth--;
          return map;
        }
        if (c != ',') {
          throw error("expected ',' or '}'");
        }
      }
    }

    private List<Object> readArray() {
      enter();
      pos++;
      List<Object> list = new ArrayList<>();
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        depth--;
        return list;
      }
      while (true) {
        skipWhitespace();
        list.add(readValue());
        skipWhitespace();
        char c = next();
        if (c == ']') {
          depth--;
          return list;
        }
        if (c != ',') {
          throw error("expected ',' or ']'");
        }
      }
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw error("nesting too deep");
      }
    }

    private String readString() {
      pos++;
      StringBuilder sb = null;
      int start = pos;
      while (true) {
        if (pos >= in.length()) {
          throw error("unterminated string");
        }
        char c = in.charAt(pos);
        if (c == '"') {
          String s = sb == null ? in.subSequence(start, pos).toString()
              : sb.append(in, start, pos).toString();
          pos++;
          return s;
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c == '\\') {
          if (sb == null) {
            sb = new StringBuilder();
          }
          sb.append(in, start, pos);
          pos++;
          sb.append(readEscape());
          start = pos;
        } else {
          pos++;
        }
      }
    }

    private char readEscape() {
      char c = next();
      return switch (c) {
        case '"' -> '"';
        case '\\' -> '\\';
        case '/' -> '/';
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> readHex4();
        default -> throw error("bad escape");
      };
    }

    private char readHex4() {
      if (pos + 4 > in.length()) {
        throw error("short unicode escape");
      }
      int v = 0;
      for (int i = 0; i < 4; i++) {
        int d = Character.digit(in.charAt(pos++), 16);
        if (d < 0) {
          throw error("bad unicode escape");
        }
        v = (v << 4) | d;
      }
      return (char) v;
    }

    private Object readNumber() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else if (isDigit(peek())) {
        digits();
      } else {
        throw error("bad number");
      }
      boolean integral = true;
      if (peek() == '.') {
        integral = false;
        pos++;
        if (!isDigit(peek())) {
          throw error("bad fraction");
        }
        digits();
      }
      if (peek() == 'e' || peek() == 'E') {
        integral = false;
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!isDigit(peek())) {
          throw error("bad exponent");
        }
        digits();
      }
      String text = in.subSequence(start, pos).toString();
      if (integral && text.length() <= 18) {
        return Long.parseLong(text);
      }
      return Double.parseDouble(text);
    }

    private void digits() {
      while (isDigit(peek())) {
        pos++;
      }
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
      if (pos + word.length() > in.length()
          || !in.subSequence(pos, pos + word.length()).toString().equals(word)) {
        throw error("bad literal");
      }
      pos += word.length();
      return value;
    }

    private void skipWhitespace() {
      while (pos < in.length()) {
        char c = in.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    private char peek() {
      return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private char next() {
      if (pos >= in.length()) {
        throw error("unexpected end of input");
      }
      return in.charAt(pos++);
    }

    private void expect(char c) {
      if (next() != c) {
        throw error("expected '" + c + "'");
      }
    }

    private JsonException error(String what) {
      return new JsonException(what + " at offset " + pos);
    }
  }
}

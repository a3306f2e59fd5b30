package org.securityguidance.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strict recursive-descent reader behind {@link Json#parse}, with a non-building skip path for unread members. */
final class JsonReader {
  private final String in;
  /**
   * The same characters as an array: the hook parses its 43 KB stdin once per JVM, interpreted, where String.charAt
   * is three calls per character (ADR 0008, 2026-11-26).
   */
  private final char[] buf;
  private final Set<String> skipKeys;
  private int pos;
  private int depth;

  JsonReader(CharSequence in, Set<String> skipKeys) {
    this.in = in.toString();
    this.buf = this.in.toCharArray();
    this.skipKeys = skipKeys;
  }

  Object readDocument() {
    skipWhitespace();
    Object value = readValue();
    skipWhitespace();
    if (pos != buf.length) {
      throw error("unexpected trailing content");
    }
    return value;
  }

  private Object readValue() {
    if (pos >= buf.length) {
      throw error("unexpected end of input");
    }
    char c = buf[pos];
    return switch (c) {
      case '{' -> readObject();
      case '[' -> readArray();
      case '"' -> readString();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", Json.NULL);
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
      if (skipKeys.contains(key)) {
        skipValue();
      } else {
        map.put(key, readValue());
      }
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

  /** Moves past one value with the same checks as {@link #readValue}, building nothing. */
  private void skipValue() {
    if (pos >= buf.length) {
      throw error("unexpected end of input");
    }
    char c = buf[pos];
    switch (c) {
      case '{' -> skipContainer('}', true);
      case '[' -> skipContainer(']', false);
      case '"' -> skipString();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", Json.NULL);
      default -> {
        if (c != '-' && (c < '0' || c > '9')) {
          throw error("unexpected character");
        }
        scanNumber();
      }
    }
  }

  private void skipContainer(char close, boolean object) {
    enter();
    pos++;
    skipWhitespace();
    if (peek() == close) {
      pos++;
      depth--;
      return;
    }
    while (true) {
      skipWhitespace();
      if (object) {
        if (peek() != '"') {
          throw error("expected a string key");
        }
        skipString();
        skipWhitespace();
        expect(':');
        skipWhitespace();
      }
      skipValue();
      skipWhitespace();
      char c = next();
      if (c == close) {
        depth--;
        return;
      }
      if (c != ',') {
        throw error(object ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
  }

  /** Moves past one string, rejecting what {@link #readString} rejects. */
  private void skipString() {
    char[] s = buf;
    int n = s.length;
    int p = pos + 1;
    while (true) {
      if (p >= n) {
        pos = p;
        throw error("unterminated string");
      }
      char c = s[p];
      if (c == '"') {
        pos = p + 1;
        return;
      }
      if (c < 0x20) {
        pos = p;
        throw error("control character in string");
      }
      if (c == '\\') {
        pos = p + 1;
        readEscape();
        p = pos;
      } else {
        p++;
      }
    }
  }

  private void enter() {
    if (++depth > Json.MAX_DEPTH) {
      throw error("nesting too deep");
    }
  }

  private String readString() {
    pos++;
    StringBuilder sb = null;
    int start = pos;
    while (true) {
      if (pos >= buf.length) {
        throw error("unterminated string");
      }
      char c = buf[pos];
      if (c == '"') {
        String s = sb == null ? new String(buf, start, pos - start)
            : sb.append(buf, start, pos - start).toString();
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
        sb.append(buf, start, pos - start);
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
    if (pos + 4 > buf.length) {
      throw error("short unicode escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(buf[pos++], 16);
      if (d < 0) {
        throw error("bad unicode escape");
      }
      v = (v << 4) | d;
    }
    return (char) v;
  }

  private Object readNumber() {
    int start = pos;
    boolean integral = scanNumber();
    String text = in.substring(start, pos);
    if (integral && text.length() <= 18) {
      return Long.parseLong(text);
    }
    return Double.parseDouble(text);
  }

  /** Moves past one number, checking its grammar; true when it has neither fraction nor exponent. */
  private boolean scanNumber() {
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
    return integral;
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
    if (pos + word.length() > buf.length
        || !in.startsWith(word, pos)) {
      throw error("bad literal");
    }
    pos += word.length();
    return value;
  }

  private void skipWhitespace() {
    while (pos < buf.length) {
      char c = buf[pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < buf.length ? buf[pos] : '\0';
  }

  private char next() {
    if (pos >= buf.length) {
      throw error("unexpected end of input");
    }
    return buf[pos++];
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

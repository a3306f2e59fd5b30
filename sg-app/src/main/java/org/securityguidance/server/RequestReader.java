package org.securityguidance.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the tiny line protocol after the token line: {@code cwd=}, {@code E<NAME>=<value>} and {@code args=} lines
 * (values escape {@code \} as {@code \\} and a newline as {@code \n}), a blank line, then the hook's stdin ended by
 * the sentinel line {@code \n\x04\n} (0x04 cannot occur in valid JSON text, so it never cuts a valid document).
 */
final class RequestReader {
  static final int MAX_HEADER_LINE = 64 * 1024;
  static final int MAX_HEADER_LINES = 256;
  private static final byte[] SENTINEL = {'\n', 0x04, '\n'};

  private final DeadlineInput in;
  private final int maxStdinBytes;

  RequestReader(DeadlineInput in, int maxStdinBytes) {
    this.in = in;
    this.maxStdinBytes = maxStdinBytes;
  }

  HookRequest read() throws IOException, RequestRefused {
    String cwd = null;
    String event = null;
    Map<String, String> env = new LinkedHashMap<>();
    for (int lines = 0; ; lines++) {
      if (lines > MAX_HEADER_LINES) {
        throw new RequestRefused("too many header lines");
      }
      String line = new String(in.line(MAX_HEADER_LINE), StandardCharsets.UTF_8);
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith("cwd=")) {
        cwd = unescape(line.substring(4));
      } else if (line.startsWith("args=")) {
        event = line.substring(5);
      } else if (line.startsWith("E") && line.indexOf('=') > 1) {
        int eq = line.indexOf('=');
        String name = line.substring(1, eq);
        if (!validName(name)) {
          throw new RequestRefused("bad variable name");
        }
        env.put(name, unescape(line.substring(eq + 1)));
      } else {
        throw new RequestRefused("unknown header line");
      }
    }
    if (cwd == null || event == null) {
      throw new RequestRefused("header without cwd or args");
    }
    return new HookRequest(cwd, env, event, body());
  }

  /** The stdin bytes up to the sentinel; refused past the cap or when the client stops early. */
  private byte[] body() throws IOException, RequestRefused {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    int matched = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new RequestRefused("connection closed before the end of stdin");
      }
      out.write(b);
      matched = b == SENTINEL[matched] ? matched + 1 : (b == SENTINEL[0] ? 1 : 0);
      if (matched == SENTINEL.length) {
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOf(all, all.length - SENTINEL.length);
      }
      if (out.size() > maxStdinBytes + SENTINEL.length) {
        throw new RequestRefused("stdin larger than the server's cap");
      }
    }
  }

  static boolean validName(String name) {
    if (name.isEmpty() || name.length() > 128 || Character.isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Reverses the client's escaping: {@code \\} → {@code \}, {@code \n} → newline; other pairs stay as sent. */
  static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == '\\' || value.charAt(i + 1) == 'n')) {
        out.append(value.charAt(i + 1) == 'n' ? '\n' : '\\');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

package org.securityguidance.agent.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream keeping at most {@code maxLineBytes} of each, so a single enormous line (a minified
 * bundle, or the NUL run of a sparse file) costs bounded memory.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[CHUNK];
  private final byte[] line;
  private int pos;
  private int limit;
  private boolean eof;

  /** One line: its kept text and whether bytes were dropped from it. */
  record Line(String text, boolean clipped) {}

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.line = new byte[Math.max(1, maxLineBytes)];
  }

  /** The next line without its terminator, or null at the end of the stream. */
  Line next() throws IOException {
    int kept = 0;
    boolean clipped = false;
    boolean any = false;
    while (fill()) {
      any = true;
      byte b = buffer[pos++];
      if (b == '\n') {
        return toLine(kept, clipped);
      }
      if (kept < line.length) {
        line[kept++] = b;
      } else {
        clipped = true;
      }
    }
    return any ? toLine(kept, clipped) : null;
  }

  private Line toLine(int kept, boolean clipped) {
    int end = kept > 0 && line[kept - 1] == '\r' && !clipped ? kept - 1 : kept;
    return new Line(new String(line, 0, end, StandardCharsets.UTF_8), clipped);
  }

  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}

package org.securityguidance.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import jdk.net.ExtendedSocketOptions;

/**
 * A socket's input read against one overall deadline and byte budget, so a slow or endless client costs the
 * single-threaded server at most the deadline.
 */
final class DeadlineInput {
  private final Socket socket;
  private final InputStream in;
  private final long deadlineNanos;
  private final byte[] buffer = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean quickAck = true;

  DeadlineInput(Socket socket, long deadlineNanos) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.deadlineNanos = deadlineNanos;
  }

  /** The next byte, or -1 at end of stream. */
  int read() throws IOException, RequestRefused {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xff;
  }

  /** One line without its {@code \n}, at most {@code maxBytes} long; refused at end of stream or when too long. */
  byte[] line(int maxBytes) throws IOException, RequestRefused {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    while (true) {
      int b = read();
      if (b < 0) {
        throw new RequestRefused("connection closed inside the header");
      }
      if (b == '\n') {
        return out.toByteArray();
      }
      if (out.size() >= maxBytes) {
        throw new RequestRefused("header line too long");
      }
      out.write(b);
    }
  }

  /**
   * bash writes a request in several chunks and cannot turn Nagle off: its last small chunk waits for our ACK, which
   * Linux delays by up to 40 ms. Quick-ack mode is not sticky, so it is asked for again before every read.
   */
  private void acknowledgeAtOnce() {
    if (!quickAck) {
      return;
    }
    try {
      socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, Boolean.TRUE);
    } catch (IOException | UnsupportedOperationException e) {
      quickAck = false;
    }
  }

  private boolean fill() throws IOException, RequestRefused {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      throw new RequestRefused("read deadline passed");
    }
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
    acknowledgeAtOnce();
    int n;
    try {
      n = in.read(buffer, 0, buffer.length);
    } catch (SocketTimeoutException e) {
      throw new RequestRefused("read deadline passed");
    }
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}

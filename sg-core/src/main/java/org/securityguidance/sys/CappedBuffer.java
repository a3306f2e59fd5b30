package org.securityguidance.sys;

import java.io.ByteArrayOutputStream;

/**
 * A thread-safe byte sink that keeps the first {@code cap} bytes (or, in tail mode, the last {@code cap} bytes) and
 * flags the rest as truncated.
 */
final class CappedBuffer {
  private final int cap;
  private final boolean keepTail;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private byte[] ring;
  private int ringStart;
  private boolean truncated;

  CappedBuffer(int cap, boolean keepTail) {
    this.cap = cap;
    this.keepTail = keepTail;
  }

  synchronized void write(byte[] chunk, int length) {
    int room = cap - bytes.size();
    int kept = Math.min(Math.max(room, 0), length);
    if (ring == null && kept > 0) {
      bytes.write(chunk, 0, kept);
    }
    if (kept < length) {
      truncated = true;
      if (keepTail) {
        keepInRing(chunk, kept, length);
      }
    }
  }

  /** Tail mode: once the head is full, the buffer becomes a ring over the newest {@code cap} bytes. */
  private void keepInRing(byte[] chunk, int from, int length) {
    if (ring == null) {
      ring = bytes.toByteArray();
      ringStart = 0;
    }
    for (int i = from; i < length; i++) {
      ring[ringStart] = chunk[i];
      ringStart = (ringStart + 1) % cap;
    }
  }

  synchronized boolean truncated() {
    return truncated;
  }

  synchronized byte[] toByteArray() {
    if (ring == null) {
      return bytes.toByteArray();
    }
    byte[] ordered = new byte[cap];
    System.arraycopy(ring, ringStart, ordered, 0, cap - ringStart);
    System.arraycopy(ring, 0, ordered, cap - ringStart, ringStart);
    return ordered;
  }
}

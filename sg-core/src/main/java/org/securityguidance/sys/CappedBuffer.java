package org.securityguidance.sys;

import java.io.ByteArrayOutputStream;

/** A thread-safe byte sink that keeps the first {@code cap} bytes and counts the rest as truncated. */
final class CappedBuffer {
  private final int cap;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private boolean truncated;

  CappedBuffer(int cap) {
    this.cap = cap;
  }

  synchronized void write(byte[] chunk, int length) {
    int room = cap - bytes.size();
    int kept = Math.min(room, length);
    if (kept > 0) {
      bytes.write(chunk, 0, kept);
    }
    if (kept < length) {
      truncated = true;
    }
  }

  synchronized boolean truncated() {
    return truncated;
  }

  synchronized byte[] toByteArray() {
    return bytes.toByteArray();
  }
}

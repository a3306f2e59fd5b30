package org.securityguidance.agent.sandbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Ends a stream after a byte budget and adds every byte read to a shared counter. */
final class BoundedInputStream extends FilterInputStream {
  private long remaining;
  private final AtomicLong counter;

  BoundedInputStream(InputStream in, long limit, AtomicLong counter) {
    super(in);
    this.remaining = Math.max(0, limit);
    this.counter = counter;
  }

  @Override
  public int read() throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int b = super.read();
    if (b >= 0) {
      remaining--;
      counter.incrementAndGet();
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = super.read(buf, off, (int) Math.min(len, remaining));
    if (n > 0) {
      remaining -= n;
      counter.addAndGet(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return 0; // skipping would bypass the budget's purpose of bounding work; callers read sequentially
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(super.available(), remaining);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}

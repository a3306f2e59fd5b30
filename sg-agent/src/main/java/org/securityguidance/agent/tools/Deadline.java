package org.securityguidance.agent.tools;

import java.time.Duration;

/** A wall-clock limit for one tool call, read from the monotonic clock. */
final class Deadline {
  private final long endNanos;

  Deadline(Duration budget) {
    this.endNanos = System.nanoTime() + Math.max(0, budget.toNanos());
  }

  boolean passed() {
    return System.nanoTime() - endNanos >= 0;
  }
}

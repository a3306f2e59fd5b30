package org.securityguidance.rules;

import java.util.Arrays;

/**
 * The argument window of a call: from just after its {@code (} to just after the matching {@code )}, or a bounded
 * stretch when the call is unbalanced or very long. Checking {@code shell=True} or {@code weights_only=True} inside
 * this window (instead of on the same line) is what fixes multi-line calls.
 */
final class CallArgs {
  /** Longest argument window examined; longer calls are cut here (the original used one line). */
  static final int MAX_WINDOW = 2_000;

  private final int[] opens;
  private final int[] closes;
  private final int textLength;

  CallArgs(int[] opens, int[] closes, int textLength) {
    this.opens = opens;
    this.closes = closes;
    this.textLength = textLength;
  }

  /** Exclusive end of the window of the call whose {@code (} is at {@code openOffset}; includes the {@code )}. */
  int windowEnd(int openOffset) {
    int bound = (int) Math.min((long) openOffset + 1 + MAX_WINDOW, textLength);
    int i = Arrays.binarySearch(opens, openOffset);
    if (i >= 0 && closes[i] >= 0 && closes[i] < bound) {
      return closes[i] + 1;
    }
    return bound;
  }
}

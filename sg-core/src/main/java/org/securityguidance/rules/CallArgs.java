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

  /**
   * Exclusive end of the window of the call whose {@code (} is at {@code openOffset}; includes the {@code )}. A
   * parenthesis inside a string or comment (e.g. a docstring saying "pass it to subprocess.Popen()") has no code
   * structure, so its window stops at the first {@code )} or line end instead of reaching into unrelated code.
   */
  int windowEnd(int openOffset, CharSequence code) {
    int bound = (int) Math.min((long) openOffset + 1 + MAX_WINDOW, textLength);
    int i = Arrays.binarySearch(opens, openOffset);
    if (i >= 0) {
      return closes[i] >= 0 && closes[i] < bound ? closes[i] + 1 : bound;
    }
    for (int j = openOffset + 1; j < bound; j++) {
      char c = code.charAt(j);
      if (c == ')') {
        return j + 1;
      }
      if (c == '\n') {
        return j;
      }
    }
    return bound;
  }
}

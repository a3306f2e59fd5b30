package org.securityguidance.rules.user;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A quick upper-bound guess of a regex's compiled size, computed before RE2/J sees it: RE2/J expands counted
 * repetitions, so {@code ((a{1000}){1000}){1000}} would exhaust the heap while compiling. Each atom counts 1, a group
 * its contents, {@code {n,m}} multiplies the preceding atom by {@code max(n, m)}; the sum saturates. Shared by user
 * pattern rules and the agent's Grep tool.
 */
public final class RegexSizeEstimate {
  private static final long SATURATED = Long.MAX_VALUE / 4;

  private RegexSizeEstimate() {}

  /** Running totals of one group level: everything so far, and the weight of the last atom (for quantifiers). */
  private static final class Level {
    long total;
    long last;

    void atom(long weight) {
      total = sat(total + weight);
      last = weight;
    }
  }

  /** The estimated expanded size of {@code regex}; unbalanced or invalid input is estimated too (RE2/J rejects it). */
  public static long of(String regex) {
    Deque<Level> stack = new ArrayDeque<>();
    Level level = new Level();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      switch (c) {
        case '\\' -> {
          i = skipEscape(regex, i);
          level.atom(1);
          continue;
        }
        case '[' -> {
          i = skipClass(regex, i);
          level.atom(1);
          continue;
        }
        case '(' -> {
          stack.push(level);
          level = new Level();
        }
        case ')' -> {
          long inner = level.total + 2;
          level = stack.isEmpty() ? new Level() : stack.pop();
          level.atom(inner);
        }
        case '|', '*', '+', '?' -> level.total = sat(level.total + 1);
        case '{' -> {
          int close = regex.indexOf('}', i);
          long count = close < 0 ? -1 : repeatCount(regex.substring(i + 1, close));
          if (count < 0) {
            level.atom(1);
          } else {
            level.total = sat(level.total + mul(level.last, count - 1) + 1);
            level.last = mul(level.last, Math.max(count, 1));
            i = close + 1;
            continue;
          }
        }
        default -> level.atom(1);
      }
      i++;
    }
    long total = level.total;
    while (!stack.isEmpty()) {
      total = sat(total + stack.pop().total);
    }
    return total;
  }

  private static int skipEscape(String s, int i) {
    if (i + 1 >= s.length()) {
      return i + 1;
    }
    char e = s.charAt(i + 1);
    if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < s.length() && s.charAt(i + 2) == '{') {
      int close = s.indexOf('}', i + 2);
      return close < 0 ? s.length() : close + 1;
    }
    return i + 2;
  }

  private static int skipClass(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '^') {
      j++;
    }
    if (j < s.length() && s.charAt(j) == ']') {
      j++;
    }
    while (j < s.length() && s.charAt(j) != ']') {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j + 1, s.length());
  }

  /** The larger bound of {@code n}, {@code n,} or {@code n,m}; -1 when the braces are not a repetition. */
  private static long repeatCount(String body) {
    int comma = body.indexOf(',');
    String lo = comma < 0 ? body : body.substring(0, comma);
    String hi = comma < 0 ? "" : body.substring(comma + 1);
    if (!digits(lo, true) || !digits(hi, true) || (lo.isEmpty() && hi.isEmpty())) {
      return -1;
    }
    long low = lo.isEmpty() ? 0 : Long.parseLong(lo);
    long high = hi.isEmpty() ? (comma < 0 ? low : low + 1) : Long.parseLong(hi);
    return Math.max(low, high);
  }

  private static boolean digits(String s, boolean allowEmpty) {
    if (s.isEmpty()) {
      return allowEmpty;
    }
    if (s.length() > 9) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long mul(long a, long b) {
    return b <= 0 ? 0 : a > SATURATED / b ? SATURATED : a * b;
  }

  private static long sat(long v) {
    return v < 0 || v > SATURATED ? SATURATED : v;
  }
}

package org.securityguidance.agent.tools;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Compiles the model's Grep pattern with RE2/J (linear-time matching: {@code (a+)+b} cannot backtrack) after bounding
 * what RE2/J does not: compile cost. RE2/J expands counted repetitions, so {@code ((a{100}){100}){100}} would take
 * minutes and most of the heap to compile; an upper-bound estimate of the expanded size is checked first, and the
 * compiled program size after.
 */
final class RegexBudget {
  static final int MAX_LENGTH = 1000;
  static final long MAX_ESTIMATE = 20_000;
  static final int MAX_PROGRAM_SIZE = 5_000;
  private static final long SATURATED = Long.MAX_VALUE / 4;

  private RegexBudget() {}

  /** The compiled pattern; throws {@link BadToolInput} when it is too long, too large once expanded, or invalid. */
  static Pattern compile(String regex, boolean caseInsensitive) {
    if (regex.length() > MAX_LENGTH) {
      throw new BadToolInput("pattern longer than " + MAX_LENGTH + " characters");
    }
    if (estimate(regex) > MAX_ESTIMATE) {
      throw new BadToolInput("pattern too large once its {n} repetitions are expanded; lower the counts");
    }
    Pattern p;
    try {
      p = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new BadToolInput("pattern does not compile (" + e.getDescription()
          + "; RE2 syntax: no look-arounds or back-references)");
    }
    if (p.programSize() > MAX_PROGRAM_SIZE) {
      throw new BadToolInput("pattern too large (compiled size " + p.programSize() + ")");
    }
    return p;
  }

  /**
   * An upper bound of the expanded size: atoms weigh 1, a group the sum of its contents, and {@code {n,m}} multiplies
   * the preceding atom or group by {@code max(n, m)}.
   */
  static long estimate(String regex) {
    Deque<long[]> stack = new ArrayDeque<>(); // each level: {total, weight of the last atom}
    long[] level = {0, 0};
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i = Math.min(regex.length(), i + 2);
        atom(level, 1);
      } else if (c == '[') {
        i = classEnd(regex, i);
        atom(level, 1);
      } else if (c == '(') {
        stack.push(level);
        level = new long[] {0, 0};
        i++;
      } else if (c == ')') {
        long inner = sat(level[0] + 2);
        level = stack.isEmpty() ? new long[] {0, 0} : stack.pop();
        atom(level, inner);
        i++;
      } else if (c == '{' && repeatEnd(regex, i) > 0) {
        int close = repeatEnd(regex, i);
        long count = maxCount(regex.substring(i + 1, close));
        level[0] = sat(level[0] + mul(level[1], count));
        level[1] = mul(level[1], count);
        i = close + 1;
      } else {
        atom(level, 1);
        i++;
      }
    }
    long total = level[0];
    while (!stack.isEmpty()) {
      total = sat(total + stack.pop()[0]);
    }
    return total;
  }

  private static void atom(long[] level, long weight) {
    level[0] = sat(level[0] + weight);
    level[1] = weight;
  }

  private static int classEnd(String s, int open) {
    int j = open + 1;
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

  /** Index of the {@code }} closing a {@code {n}}, {@code {n,}} or {@code {n,m}} repetition at {@code open}, or -1. */
  private static int repeatEnd(String s, int open) {
    int j = open + 1;
    boolean digit = false;
    while (j < s.length() && j - open <= 20) {
      char c = s.charAt(j);
      if (c == '}') {
        return digit ? j : -1;
      }
      if (!(Character.isDigit(c) || c == ',')) {
        return -1;
      }
      digit |= Character.isDigit(c);
      j++;
    }
    return -1;
  }

  private static long maxCount(String body) {
    long max = 1;
    for (String part : body.split(",", -1)) {
      if (!part.isEmpty() && part.length() <= 9) {
        max = Math.max(max, Long.parseLong(part));
      } else if (part.length() > 9) {
        return SATURATED;
      }
    }
    return body.endsWith(",") ? max + 1 : max;
  }

  private static long mul(long a, long b) {
    return b <= 0 ? 0 : a > SATURATED / b ? SATURATED : a * b;
  }

  private static long sat(long v) {
    return v < 0 || v > SATURATED ? SATURATED : v;
  }
}

package org.securityguidance.rules;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs built-in regexes against a deadline (ADR 0004): the text is wrapped in a {@link CharSequence} whose
 * {@code charAt} checks the clock every few thousand reads and throws {@link Timeout} once the budget is spent. A rule
 * that times out or overflows the regex engine's stack is reported as not matching and counted in {@link #trips()}.
 */
final class RegexGuard {
  /** Default budget for one rule on one file; the catalog's rules need well under 1 % of it on 1 MB inputs. */
  static final long DEFAULT_BUDGET_NANOS = 1_000_000_000L;

  private static final AtomicLong TRIPS = new AtomicLong();

  private final GuardedText text;

  /** A guard over {@code text} that expires {@code budgetNanos} from now. */
  RegexGuard(String text, long budgetNanos) {
    this.text = new GuardedText(text, System.nanoTime() + budgetNanos);
  }

  /** The guarded view to hand to {@link Pattern#matcher}. */
  CharSequence text() {
    return text;
  }

  /** The text itself, for plain Java scans (no deadline: callers are linear). */
  String plain() {
    return text.s;
  }

  Matcher matcher(Pattern p) {
    return p.matcher(text);
  }

  /** Whether {@code p} occurs anywhere in the guarded text. */
  boolean find(Pattern p) {
    return p.matcher(text).find();
  }

  /** Process-wide count of searches abandoned for time or stack (for telemetry). */
  static long trips() {
    return TRIPS.get();
  }

  static void countTrip() {
    TRIPS.incrementAndGet();
  }

  /** Thrown from {@code charAt} when the budget is spent; carries no stack trace (it is control flow). */
  static final class Timeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Timeout() {
      super("regex budget exceeded", null, false, false);
    }
  }

  /** A string view that checks a deadline every 4,096 character reads. */
  static final class GuardedText implements CharSequence {
    private final String s;
    private final long deadline;
    private int reads;

    GuardedText(String s, long deadlineNanos) {
      this.s = s;
      this.deadline = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadline > 0) {
        throw new Timeout();
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.substring(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}

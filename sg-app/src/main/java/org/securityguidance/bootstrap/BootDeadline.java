package org.securityguidance.bootstrap;

import java.time.Clock;
import java.time.Duration;
import org.securityguidance.sys.Deadline;

/**
 * The bootstrap's total time budget (spec §4.8: at most 150 s, under the 180 s async timeout, fixing quirk 11): every
 * step asks it for its own timeout, which is the step's limit cut to what is left of the budget.
 */
public final class BootDeadline {
  /** Spec §4.8: the whole bootstrap stays within 150 s even when every step times out. */
  public static final Duration TOTAL = Duration.ofSeconds(150);

  private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);

  private final Deadline deadline;

  private BootDeadline(Deadline deadline) {
    this.deadline = deadline;
  }

  /** A deadline {@code budget} from now on {@code clock}. */
  public static BootDeadline after(Clock clock, Duration budget) {
    return new BootDeadline(Deadline.after(clock, budget));
  }

  /** Time left; zero once the deadline has passed. */
  public Duration remaining() {
    return deadline.remaining();
  }

  /** True when less than a second is left: no child process is worth starting. */
  public boolean expired() {
    return remaining().compareTo(Duration.ofSeconds(1)) < 0;
  }

  /**
   * The timeout for a step whose own limit is {@code stepLimit}: the smaller of it and the time left, at least 1 ms (a
   * process timeout must be positive; callers check {@link #expired()} before starting anything).
   */
  public Duration timeoutFor(Duration stepLimit) {
    Duration t = deadline.cap(stepLimit);
    return t.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : t;
  }
}

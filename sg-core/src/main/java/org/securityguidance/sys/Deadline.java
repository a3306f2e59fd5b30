package org.securityguidance.sys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A wall-clock limit on an injected clock, shared by reviews and the bootstrap. Why reviews need one (spec §13.8):
 * the original had none, so a review could take 3 × 120 s plus backoff, then the same again on the fallback model;
 * every attempt timeout and every backoff sleep is cut to it.
 */
public final class Deadline {
  private final Clock clock;
  private final Instant at;

  private Deadline(Clock clock, Instant at) {
    this.clock = clock;
    this.at = at;
  }

  /** A deadline {@code budget} from now on {@code clock}. */
  public static Deadline after(Clock clock, Duration budget) {
    return new Deadline(clock, clock.instant().plus(budget));
  }

  /** Time left, never negative. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), at);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** True once no time is left. */
  public boolean expired() {
    return remaining().isZero();
  }

  /** The shorter of {@code limit} and the time left. */
  public Duration cap(Duration limit) {
    Duration left = remaining();
    return left.compareTo(limit) < 0 ? left : limit;
  }

  /** The clock this deadline reads. */
  public Clock clock() {
    return clock;
  }
}

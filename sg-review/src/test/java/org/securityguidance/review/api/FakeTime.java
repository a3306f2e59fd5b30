package org.securityguidance.review.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.securityguidance.sys.Deadline;

/** A settable clock plus a sleeper that records each wait and advances the clock instead of sleeping. */
final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2026-11-25T12:00:00Z");
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  Deadline deadline(Duration budget) {
    return Deadline.after(this, budget);
  }
}

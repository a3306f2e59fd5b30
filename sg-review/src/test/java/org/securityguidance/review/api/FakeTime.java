package org.securityguidance.review.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.securityguidance.sys.Deadline;
import org.securityguidance.testkit.MutableClock;

/** The test kit's hand-moved clock plus a sleeper that records each wait and advances the clock instead of sleeping. */
final class FakeTime extends MutableClock implements Sleeper {
  final List<Duration> sleeps = new ArrayList<>();

  FakeTime() {
    super(Instant.parse("2026-11-25T12:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  Deadline deadline(Duration budget) {
    return Deadline.after(this, budget);
  }
}

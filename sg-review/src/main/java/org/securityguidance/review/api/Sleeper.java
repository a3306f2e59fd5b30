package org.securityguidance.review.api;

import java.time.Duration;

/** Waits between attempts; injected so tests record the backoff instead of sleeping (STYLE.md (d)6). */
@FunctionalInterface
public interface Sleeper {
  /** Real sleeping on the current thread. */
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}

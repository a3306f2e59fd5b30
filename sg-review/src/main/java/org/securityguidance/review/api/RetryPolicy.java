package org.securityguidance.review.api;

import java.time.Duration;
import java.util.List;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Which failures are retried and how long to wait (spec §4.6, §11): 429 always (5 s, 10 s, or the server's
 * {@code retry-after} capped), network errors and timeouts (3 s, 6 s), 5xx only on the fallback leg (2 s, 4 s);
 * at most three attempts. Anything else (auth, 4xx, refusal, bad response) is final for the leg.
 *
 * @param maxAttempts attempts per leg, including the first
 * @param rateLimitWaits waits after the 1st, 2nd, … 429
 * @param serverErrorWaits waits after 5xx (used only when {@code retryServerErrors})
 * @param networkWaits waits after network failures and timeouts
 * @param retryServerErrors whether 5xx is retried at all
 * @param maxRetryAfter upper bound for a server-sent {@code retry-after}
 */
public record RetryPolicy(int maxAttempts, List<Duration> rateLimitWaits, List<Duration> serverErrorWaits,
    List<Duration> networkWaits, boolean retryServerErrors, Duration maxRetryAfter) {

  public RetryPolicy {
    rateLimitWaits = List.copyOf(rateLimitWaits);
    serverErrorWaits = List.copyOf(serverErrorWaits);
    networkWaits = List.copyOf(networkWaits);
  }

  /** The primary leg: 5xx is not retried, the fallback model gets a chance instead. */
  public static RetryPolicy primary() {
    return new RetryPolicy(3, seconds(5, 10), seconds(2, 4), seconds(3, 6), false, Duration.ofSeconds(30));
  }

  /** The fallback leg: 5xx is retried too. */
  public static RetryPolicy fallbackLeg() {
    return new RetryPolicy(3, seconds(5, 10), seconds(2, 4), seconds(3, 6), true, Duration.ofSeconds(30));
  }

  /** The wait before the next attempt after {@code failure} on attempt {@code attempt} (1-based), or null. */
  public Duration waitAfter(ReviewUnavailable failure, int attempt) {
    Reason reason = failure.reason();
    if (reason == Reason.RATE_LIMITED) {
      if (failure.retryAfterMillis() >= 0) {
        Duration hinted = Duration.ofMillis(failure.retryAfterMillis());
        return hinted.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : hinted;
      }
      return pick(rateLimitWaits, attempt);
    }
    if (reason == Reason.SERVER_ERROR) {
      return retryServerErrors ? pick(serverErrorWaits, attempt) : null;
    }
    if (reason == Reason.NETWORK || reason == Reason.TIMEOUT) {
      return pick(networkWaits, attempt);
    }
    return null;
  }

  private static Duration pick(List<Duration> waits, int attempt) {
    if (waits.isEmpty()) {
      return Duration.ZERO;
    }
    return waits.get(Math.min(Math.max(attempt, 1), waits.size()) - 1);
  }

  private static List<Duration> seconds(long first, long second) {
    return List.of(Duration.ofSeconds(first), Duration.ofSeconds(second));
  }
}

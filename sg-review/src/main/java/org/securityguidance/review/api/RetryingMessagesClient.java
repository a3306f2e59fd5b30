package org.securityguidance.review.api;

import java.time.Duration;
import org.securityguidance.review.api.CredentialSelector.Kind;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.Deadline;

/**
 * Retries one leg of a review by {@link RetryPolicy} (STYLE.md (d)6): backoff through an injected {@link Sleeper},
 * never past the review {@link Deadline}, and the sticky 401 switch from API key to subscription token (spec §4.2;
 * the switch uses up an attempt, as in the original).
 */
public final class RetryingMessagesClient implements MessagesClient {
  private final MessagesClient inner;
  private final Sleeper sleeper;
  private final RetryPolicy policy;
  private final Deadline deadline;
  private final CredentialSelector credentials;
  private final TransportLog log;

  /** {@code credentials} may be {@code null} for transports without HTTP credentials (the CLI path). */
  public RetryingMessagesClient(MessagesClient inner, Sleeper sleeper, RetryPolicy policy, Deadline deadline,
      CredentialSelector credentials, TransportLog log) {
    this.inner = inner;
    this.sleeper = sleeper;
    this.policy = policy;
    this.deadline = deadline;
    this.credentials = credentials;
    this.log = log;
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    for (int attempt = 1; ; attempt++) {
      if (deadline.expired()) {
        throw new ReviewUnavailable(Reason.DEADLINE, -1, "review deadline reached before attempt " + attempt);
      }
      Kind used = credentials == null ? Kind.NONE : credentials.current().kind();
      try {
        return inner.send(request);
      } catch (ReviewUnavailable failure) {
        Duration wait = nextWait(failure, used, attempt);
        if (wait == null) {
          throw failure;
        }
        if (wait.compareTo(deadline.remaining()) >= 0) {
          log.log("retry: waiting " + wait.toMillis() + " ms would pass the review deadline");
          throw new ReviewUnavailable(Reason.DEADLINE, failure.httpStatus(),
              "deadline before retry after " + failure.reason());
        }
        log.log("retry: attempt " + attempt + " failed " + failure.reason() + " status=" + failure.httpStatus()
            + ", next in " + wait.toMillis() + " ms");
        pause(wait);
      }
    }
  }

  /** The wait before the next attempt, or null when {@code failure} is final. */
  private Duration nextWait(ReviewUnavailable failure, Kind used, int attempt) {
    boolean switched = failure.httpStatus() == 401 && credentials != null
        && credentials.switchAfterUnauthorized(used);
    if (switched) {
      log.log("auth: 401 with the API key, switching to the auth token for this process");
    }
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    return switched ? Duration.ZERO : policy.waitAfter(failure, attempt);
  }

  private void pause(Duration wait) throws ReviewUnavailable {
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "interrupted during backoff");
    }
  }
}

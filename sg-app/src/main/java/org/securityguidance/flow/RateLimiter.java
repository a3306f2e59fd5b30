package org.securityguidance.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;

/**
 * The rolling-window caps on commit and push reviews (spec §6.3, §7 step 7): at most {@code max} reviews of each kind
 * per {@code window} seconds per session, kept as timestamps in the session state's {@code rate_limits} object. A
 * slot is taken only when a review will really run; an unreadable state lets the review run (fail open).
 */
final class RateLimiter {
  static final String RATE_LIMITS = "rate_limits";

  /** The two buckets, with the original's key names in the state file. */
  enum Bucket {
    COMMIT("CommitReview"),
    PUSH("PushSweep");

    final String key;

    Bucket(String key) {
      this.key = key;
    }
  }

  /**
   * The answer for one review.
   *
   * @param allowed the review may run (a slot was taken)
   * @param count reviews in the window, this one included when allowed ({@code rate_count})
   */
  record Decision(boolean allowed, long count) {}

  private RateLimiter() {}

  /** Takes a slot in {@code bucket} if fewer than {@code max} were taken in the last {@code windowSeconds}. */
  static Decision acquire(SessionStore store, Bucket bucket, double nowSeconds, int max, int windowSeconds) {
    return store.update(doc -> take(doc, bucket, nowSeconds, max, windowSeconds)).orElse(new Decision(true, 0));
  }

  static Decision take(Map<String, Object> doc, Bucket bucket, double nowSeconds, int max, int windowSeconds) {
    Map<String, Object> limits = new LinkedHashMap<>(SessionDoc.object(doc, RATE_LIMITS));
    List<Object> recent = new ArrayList<>();
    if (limits.get(bucket.key) instanceof List<?> stamps) {
      for (Object s : stamps) {
        if (s instanceof Number n && nowSeconds - n.doubleValue() < windowSeconds
            && n.doubleValue() <= nowSeconds) {
          recent.add(n);
        }
      }
    }
    boolean allowed = recent.size() < max;
    if (allowed) {
      recent.add((long) nowSeconds);
    }
    limits.put(bucket.key, recent);
    doc.put(RATE_LIMITS, limits);
    return new Decision(allowed, recent.size());
  }
}

package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;

/** The rolling-window caps (spec §6.3). */
class RateLimiterTest {
  @Test
  void theWindowRollsAndBucketsAreSeparate() {
    Map<String, Object> doc = new LinkedHashMap<>();
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, 1000, 2, 3600))
        .isEqualTo(new RateLimiter.Decision(true, 1));
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, 1001, 2, 3600))
        .isEqualTo(new RateLimiter.Decision(true, 2));
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, 1002, 2, 3600))
        .isEqualTo(new RateLimiter.Decision(false, 2));
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.PUSH, 1002, 2, 3600).allowed()).isTrue();
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, 4600, 2, 3600))
        .isEqualTo(new RateLimiter.Decision(true, 2));
    assertThat(Json.write(doc)).startsWith("{\"rate_limits\":{\"CommitReview\":[1001,4600],\"PushSweep\":[1002]}");
  }

  @Test
  void damagedStateAndAZeroCapAreHandled() {
    Map<String, Object> doc = new LinkedHashMap<>(Map.of("rate_limits", Map.of("CommitReview", List.of("x", 5))));
    assertThat(RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, 10, 20, 3600).count()).isEqualTo(2);
    assertThat(RateLimiter.take(new LinkedHashMap<>(), RateLimiter.Bucket.COMMIT, 10, 0, 3600).allowed()).isFalse();
  }
}

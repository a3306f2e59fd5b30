package org.securityguidance.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.telemetry.SkipReason;

/** Reads a review scope for Stop: its skip code, its size, and its metrics split by reporting priority. */
final class ScopeMetrics {
  /** The review-set counts the spec reports right after the path's own keys (spec §2.6 step 7). */
  private static final List<String> FIRST = List.of("diff_truncated", "dirty_now_count", "changed_since_count",
      "review_set_count");

  private ScopeMetrics() {}

  /** The Stop skip for a scope that has nothing to review, or null when it has files. */
  static SkipReason skip(ReviewScope.Result scope) {
    ScopeOutcome outcome = scope.outcome();
    return switch (outcome) {
      case OK -> scope.files().isEmpty() ? SkipReason.STOP_EMPTY_DIFF : null;
      case EMPTY_DIFF -> SkipReason.STOP_EMPTY_DIFF;
      case NO_SOURCE_FILES -> SkipReason.STOP_NO_SOURCE_FILES;
      case TOO_MANY_FILES -> SkipReason.STOP_PATHOLOGICAL_DIFF;
      case EMPTY_SET -> SkipReason.STOP_EMPTY_REVIEW_SET;
    };
  }

  /** Characters the caps removed over all files. */
  static long truncatedChars(ReviewScope.Result scope) {
    return scope.files().stream().mapToLong(FileDiff::truncatedChars).sum();
  }

  /** The high-priority scope metrics (truncation when positive, then the review-set counts). */
  static Map<String, Long> first(ReviewScope.Result scope) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String key : FIRST) {
      Long v = scope.metrics().get(key);
      if (v != null && (!key.equals("diff_truncated") || v > 0)) {
        out.put(key, v);
      }
    }
    return out;
  }

  /** Every other scope metric, in the scope's order. */
  static Map<String, Long> rest(ReviewScope.Result scope) {
    Map<String, Long> out = new LinkedHashMap<>(scope.metrics());
    FIRST.forEach(out::remove);
    return out;
  }
}

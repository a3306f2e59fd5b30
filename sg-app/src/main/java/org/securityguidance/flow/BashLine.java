package org.securityguidance.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.review.format.RewakeSummary;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.usage.ReviewLayer;
import org.securityguidance.usage.ReviewUsage;

/**
 * Composes the metrics line of a commit review or push sweep in the order Claude Code's 20-key cap rewards (spec
 * §9.1, hooks §2.5.1): {@code pv}, the usage keys, the surface's two base keys, the path's own keys, then the facts
 * noted on the way ({@code rate_count}, {@code sha_via_reflog}, {@code pushed}…), then scope and reviewer counters.
 */
final class BashLine {
  /** Commit review or push sweep: base keys, rate bucket, usage layer and summary prefix. */
  enum Surface {
    COMMIT("commit_review", "commit_review_on", RateLimiter.Bucket.COMMIT, ReviewLayer.COMMIT_REVIEW,
        RewakeSummary.COMMIT_PREFIX),
    PUSH("push_sweep", "push_sweep_on", RateLimiter.Bucket.PUSH, ReviewLayer.PUSH_SWEEP, RewakeSummary.PUSH_PREFIX);

    final String key;
    final String onKey;
    final RateLimiter.Bucket bucket;
    final ReviewLayer layer;
    final String summaryPrefix;

    Surface(String key, String onKey, RateLimiter.Bucket bucket, ReviewLayer layer, String summaryPrefix) {
      this.key = key;
      this.onKey = onKey;
      this.bucket = bucket;
      this.layer = layer;
      this.summaryPrefix = summaryPrefix;
    }

    /** The word the log uses. */
    String noun() {
      return this == COMMIT ? "commit review" : "push sweep";
    }
  }

  private final HookOutput out;
  private final Surface surface;
  private final boolean on;
  private final Map<String, Object> notes = new LinkedHashMap<>();

  BashLine(HookOutput out, Surface surface, boolean on) {
    this.out = out;
    this.surface = surface;
    this.on = on;
  }

  Surface surface() {
    return surface;
  }

  /** Remembers a fact for every later line (a later note with the same key replaces it in place). */
  BashLine note(String key, long value) {
    notes.put(key, value);
    return this;
  }

  BashLine note(String key, boolean value) {
    notes.put(key, value);
    return this;
  }

  /** {@code pv, skipped, skip_reason}, the base keys, then the notes. */
  MetricLine skip(SkipReason reason) {
    return withNotes(base(out.metrics().skip(reason)));
  }

  /** {@code pv}, the usage keys, the base keys: the caller adds its verdict keys, then {@link #finish}. */
  MetricLine start(ReviewUsage usage) {
    return base(usage.addTo(out.metrics()));
  }

  /** {@code pv}, the base keys and the notes: a path that ends without a review and without a skip. */
  MetricLine plain() {
    return withNotes(base(out.metrics()));
  }

  /** Appends the notes, the scope's cut counters (when positive) and the reviewer's counters. */
  MetricLine finish(MetricLine line, ReviewScope.Result scope, ReviewResult result) {
    withNotes(line);
    for (String key : new String[] {"diff_files_dropped", "diff_truncated"}) {
      Long v = scope.metrics().get(key);
      if (v != null && v > 0) {
        line.put(key, v);
      }
    }
    result.metrics().forEach(line::put);
    return line;
  }

  private MetricLine base(MetricLine line) {
    return line.put(surface.key, true).put(surface.onKey, on);
  }

  private MetricLine withNotes(MetricLine line) {
    notes.forEach((k, v) -> {
      if (v instanceof Boolean b) {
        line.put(k, b);
      } else {
        line.put(k, (Long) v);
      }
    });
    return line;
  }
}

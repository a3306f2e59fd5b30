package org.securityguidance.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.usage.ReviewUsage;

/**
 * A review's verdict: either it completed (verified findings, possibly none) or it was unavailable. The tri-state
 * matters (spec §13.4): an unavailable review is never "clean" and never findings.
 */
public sealed interface ReviewResult permits ReviewResult.Completed, ReviewResult.Unavailable {
  /** What the attempt cost, whatever its outcome. */
  ReviewUsage usage();

  /** Reviewer counters (e.g. findings dropped as unanchored) to append to the metrics line, in order. */
  Map<String, Long> metrics();

  /**
   * The model answered; {@code findings} are verified, normalised and sorted, empty when clean.
   *
   * @param findings verified findings, most severe first
   * @param usage what it cost
   * @param metrics reviewer counters
   */
  record Completed(List<Finding> findings, ReviewUsage usage, Map<String, Long> metrics) implements ReviewResult {
    public Completed {
      findings = List.copyOf(findings);
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
  }

  /**
   * No verdict: credentials rejected, refusal, network, deadline, malformed reply.
   *
   * @param error the reason and last HTTP status
   * @param usage what the failed attempts cost
   * @param metrics reviewer counters
   */
  record Unavailable(ReviewUnavailable error, ReviewUsage usage, Map<String, Long> metrics) implements ReviewResult {
    public Unavailable {
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
  }
}

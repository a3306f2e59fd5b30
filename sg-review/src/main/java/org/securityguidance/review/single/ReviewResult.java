package org.securityguidance.review.single;

import java.util.List;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.verify.VerifyCounts;

/**
 * A completed review: verified findings in delivery order (empty means the model answered and nothing survived),
 * verification counts, summed token usage, the model that answered, the number of API calls, and the failures of
 * legs that did not count because another leg answered (SG_DUAL_OR). A review that got no answer at all is never a
 * result: it is a {@link ReviewUnavailable}.
 */
public record ReviewResult(
    List<Finding> findings,
    VerifyCounts counts,
    Usage usage,
    String model,
    int apiCalls,
    List<ReviewUnavailable> failedLegs) {

  public ReviewResult {
    findings = List.copyOf(findings);
    failedLegs = List.copyOf(failedLegs);
  }

  /** Nothing to review: no call was made. */
  static ReviewResult nothingToReview(String model) {
    return new ReviewResult(List.of(), VerifyCounts.NONE, Usage.NONE, model, 0, List.of());
  }
}

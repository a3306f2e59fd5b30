package org.securityguidance.agent.review;

import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.single.ReviewInput;

/** One agentic review of a commit's diff, as the {@link CommitReviewRunner} races it ({@link AgenticReviewer}). */
@FunctionalInterface
public interface AgenticAttempt {
  AgenticOutcome review(ReviewInput in) throws ReviewUnavailable;

  /** The investigation's stats after a failed attempt, for metrics; {@code null} when unknown. */
  default LoopStats lastLoopStats() {
    return null;
  }
}

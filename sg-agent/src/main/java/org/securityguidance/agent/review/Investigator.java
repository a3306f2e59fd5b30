package org.securityguidance.agent.review;

import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.review.api.ReviewUnavailable;

/**
 * Stage 1 of the agentic review: a model investigates the commit with repository tools and answers with candidate
 * findings. Two implementations: our own tool loop on the Messages API, and the user's {@code claude} CLI for
 * third-party providers. A failure to get any answer is a {@link ReviewUnavailable}.
 */
@FunctionalInterface
public interface Investigator {
  Investigation investigate(InvestigationPrompt prompt) throws ReviewUnavailable;

  /** The stats of the last investigation, also after a failure; {@code null} when unknown. */
  default LoopStats lastStats() {
    return null;
  }
}

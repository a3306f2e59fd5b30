package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.List;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.review.scope.ReviewScope;

/**
 * The review machinery a Stop (or a {@code review} run) drives: choose the files, review them, and word the result
 * for the agent. An engine exists only when credentials do: "no engine" is skip 3.
 */
public interface ReviewEngine {
  /** Remote sessions probe the API first (spec §4.6); elsewhere this is always true. */
  default boolean reachable() {
    return true;
  }

  /** The files changed since {@code baseline} in the repository containing {@code cwd}, or the skip that applies. */
  ReviewScope.Result scope(Path cwd, BaselineState baseline);

  /** Reviews the files; never throws for infrastructure failures (they are {@link ReviewResult.Unavailable}). */
  ReviewResult review(ReviewJob job);

  /** The model-visible guidance text for verified findings (spec §8.1). */
  String guidance(List<Finding> findings);

  /** The one-line {@code rewakeSummary} shown to the user (spec §8.2). */
  String summary(List<Finding> findings);
}

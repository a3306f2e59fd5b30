package org.securityguidance.flow;

/**
 * The reviewer of committed work — one commit, an amend's delta, or the unreviewed part of a pushed range. The seam
 * between the commit/push flows and whatever reviews: the agentic runner (tool-using agent raced against a
 * single-shot review, issue 4) or, without it, the Stop hook's single-shot engine.
 *
 * <p>Contract: never throws for infrastructure failures (auth, network, deadline, bad reply); those are
 * {@link ReviewResult.Unavailable}, which never marks a commit as reviewed and never wakes the agent.
 */
public interface CommitReviewer {
  /** Remote sessions probe the API first (spec §4.6, skip 24); elsewhere this is always true. */
  default boolean reachable() {
    return true;
  }

  /** Reviews {@code job}'s files in {@code job.repoRoot()}, telling the model what was already reported. */
  ReviewResult review(ReviewJob job);

  /** A reviewer over a single-shot engine (its scope half is not used: commits are scoped here). */
  static CommitReviewer of(ReviewEngine engine) {
    return new CommitReviewer() {
      @Override
      public boolean reachable() {
        return engine.reachable();
      }

      @Override
      public ReviewResult review(ReviewJob job) {
        return engine.review(job);
      }
    };
  }
}

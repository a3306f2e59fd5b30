package org.securityguidance.flow;

import java.util.Optional;
import org.securityguidance.review.scope.ReviewScope;

/**
 * A review run from the command line: what was reviewed, the files (or why there were none), the verdict (empty when
 * there was nothing to review) and the time spent in the reviewer. Shared by working-tree and commit-range reviews.
 *
 * @param <T> the target type of the review kind
 */
public record FinishedReview<T>(T target, ReviewScope.Result scope, Optional<ReviewResult> result, long reviewMs) {}

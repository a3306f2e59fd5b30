package org.securityguidance.flow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.usage.ReviewLayer;
import org.securityguidance.usage.ReviewOutcome;
import org.securityguidance.usage.UsageEntry;
import org.securityguidance.usage.UsageLog;

/** Runs a reviewer over a computed scope for the CLI {@code review} modes, timing it and logging one usage entry. */
final class ScopedReview {
  /**
   * What a run produced.
   *
   * @param result the verdict, empty when the scope held nothing to review
   * @param reviewMs time spent in the reviewer
   */
  record Verdict(Optional<ReviewResult> result, long reviewMs) {}

  private final Clock clock;
  private final UsageLog usage;

  ScopedReview(Clock clock, UsageLog usage) {
    this.clock = clock;
    this.usage = usage;
  }

  Verdict run(ReviewScope.Result scope, Function<ReviewJob, ReviewResult> reviewer) {
    if (scope.outcome() != ScopeOutcome.OK || scope.files().isEmpty()) {
      return new Verdict(Optional.empty(), 0);
    }
    long start = clock.millis();
    ReviewResult result = reviewer.apply(new ReviewJob(scope.repoRoot(), scope.files(), List.of()));
    long ms = clock.millis() - start;
    record(scope, result, ms);
    return new Verdict(Optional.of(result), ms);
  }

  private void record(ReviewScope.Result scope, ReviewResult result, long ms) {
    if (usage == null) {
      return;
    }
    int found = result instanceof ReviewResult.Completed c ? c.findings().size() : 0;
    ReviewOutcome outcome = result instanceof ReviewResult.Unavailable ? ReviewOutcome.UNAVAILABLE
        : found > 0 ? ReviewOutcome.FINDINGS : ReviewOutcome.CLEAN;
    int error = result instanceof ReviewResult.Unavailable u ? u.error().reason().code() : 0;
    usage.append(new UsageEntry(clock.millis() / 1000, ReviewLayer.CLI_REVIEW, outcome, result.usage(), found,
        scope.files().size(), ScopeMetrics.truncatedChars(scope), ms, error));
  }
}

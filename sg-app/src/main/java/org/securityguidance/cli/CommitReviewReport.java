package org.securityguidance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.flow.FinishedReview;
import org.securityguidance.flow.CommitRangeReview;
import org.securityguidance.json.Json;

/**
 * Renders {@code review --commit/--range} for people (text) or tools (JSON), in the shape of {@code review}'s own
 * report; every model-written field is flattened to one line without control characters before it reaches a terminal.
 */
final class CommitReviewReport {
  private static final int SHORT_ID = 12;

  private final FinishedReview<CommitRangeReview.Target> outcome;
  private final String version;

  CommitReviewReport(FinishedReview<CommitRangeReview.Target> outcome, String version) {
    this.outcome = outcome;
    this.version = version;
  }

  List<Finding> findings() {
    return ReviewRendering.findings(outcome.result());
  }

  String summaryLine() {
    if (outcome.result().isEmpty()) {
      return "nothing to review (" + ReviewReport.nothingReason(outcome.scope().outcome()) + ", " + targetText()
          + ")";
    }
    return ReviewRendering.summary(findings(), outcome.scope().files().size(), targetText());
  }

  String text() {
    return ReviewRendering.text(summaryLine(), findings(), ReviewRendering.usage(outcome.result()));
  }

  String json() {
    Map<String, Object> target = new LinkedHashMap<>();
    CommitRangeReview.Target t = outcome.target();
    target.put("mode", t.singleCommit() ? "commit" : "range");
    target.put("base", t.singleCommit() ? Json.NULL : t.base());
    target.put("tip", t.tip());
    return ReviewRendering.json(version, target, outcome.result(), outcome.scope().files().size(),
        outcome.reviewMs(), false);
  }

  private String targetText() {
    CommitRangeReview.Target t = outcome.target();
    return t.singleCommit() ? "commit " + t.tip().substring(0, SHORT_ID)
        : "range " + t.base().substring(0, SHORT_ID) + ".." + t.tip().substring(0, SHORT_ID);
  }
}

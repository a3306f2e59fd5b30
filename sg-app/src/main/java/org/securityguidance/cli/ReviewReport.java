package org.securityguidance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.flow.FinishedReview;
import org.securityguidance.flow.ChangeReview;
import org.securityguidance.json.Json;
import org.securityguidance.review.scope.ScopeOutcome;

/**
 * Renders a finished {@code review} for people (text) or tools (JSON). Every model-written field is flattened to one
 * line without control characters before it reaches a terminal: model output can carry escape sequences planted in
 * the reviewed code.
 */
final class ReviewReport {
  private final FinishedReview<ChangeReview.Target> outcome;
  private final String version;

  ReviewReport(FinishedReview<ChangeReview.Target> outcome, String version) {
    this.outcome = outcome;
    this.version = version;
  }

  /** The verified findings, most severe first (empty when clean or nothing was reviewed). */
  List<Finding> findings() {
    return ReviewRendering.findings(outcome.result());
  }

  /** One line: what was reviewed and what came out. */
  String summaryLine() {
    if (outcome.result().isEmpty()) {
      return "nothing to review (" + nothingReason(outcome.scope().outcome()) + ")";
    }
    return ReviewRendering.summary(findings(), outcome.scope().files().size(), targetText());
  }

  String text() {
    return ReviewRendering.text(summaryLine(), findings(), ReviewRendering.usage(outcome.result()));
  }

  String json() {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("mode", outcome.target().mode() == ChangeReview.Mode.RANGE ? "range" : "working_tree");
    target.put("base", outcome.target().baseSha() == null ? Json.NULL : outcome.target().baseSha());
    return ReviewRendering.json(version, target, outcome.result(), outcome.scope().files().size(),
        outcome.reviewMs(), true);
  }

  private String targetText() {
    return outcome.target().mode() == ChangeReview.Mode.RANGE
        ? "commits since " + outcome.target().baseSha().substring(0, 12)
        : "working tree vs HEAD";
  }

  static String nothingReason(ScopeOutcome o) {
    return switch (o) {
      case EMPTY_SET -> "no changes";
      case NO_SOURCE_FILES -> "no reviewable source files changed";
      case TOO_MANY_FILES -> "too many changed files";
      case EMPTY_DIFF, OK -> "empty diff";
    };
  }

  /** One line, no control characters (C0, DEL, C1), capped. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(s.length(), 500));
    for (int i = 0; i < s.length() && out.length() < 500; i++) {
      char c = s.charAt(i);
      out.append(c == '\n' || c == '\t' ? ' ' : c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '?' : c);
    }
    return out.toString().strip();
  }
}

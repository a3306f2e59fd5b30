package org.securityguidance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.flow.CommitRangeReview;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.json.Json;
import org.securityguidance.usage.ReviewUsage;

/**
 * Renders {@code review --commit/--range} for people (text) or tools (JSON), in the shape of {@code review}'s own
 * report; every model-written field is flattened to one line without control characters before it reaches a terminal.
 */
final class CommitReviewReport {
  private static final int SHORT_ID = 12;

  private final CommitRangeReview.Outcome outcome;
  private final String version;

  CommitReviewReport(CommitRangeReview.Outcome outcome, String version) {
    this.outcome = outcome;
    this.version = version;
  }

  List<Finding> findings() {
    return outcome.result().orElse(null) instanceof ReviewResult.Completed c ? c.findings() : List.of();
  }

  String summaryLine() {
    if (outcome.result().isEmpty()) {
      return "nothing to review (" + ReviewReport.nothingReason(outcome.scope().outcome()) + ", " + targetText()
          + ")";
    }
    int n = findings().size();
    int files = outcome.scope().files().size();
    return (n == 0 ? "no findings" : n + (n == 1 ? " finding" : " findings") + severities()) + " in " + files
        + (files == 1 ? " file" : " files") + " (" + targetText() + ")";
  }

  String text() {
    StringBuilder s = new StringBuilder("security-guidance review: ").append(summaryLine()).append('\n');
    List<Finding> findings = findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      s.append('\n').append(i + 1).append(". [").append(f.severity().name()).append("] ")
          .append(ReviewReport.clean(f.category())).append("  ").append(ReviewReport.clean(f.filePath()))
          .append(f.line() > 0 ? ":" + f.line() : "").append('\n');
      s.append("   Code: ").append(ReviewReport.clean(f.vulnerableCode())).append('\n');
      if (!ReviewReport.clean(f.explanation()).isEmpty()) {
        s.append("   Why:  ").append(ReviewReport.clean(f.explanation())).append('\n');
      }
      s.append("   Fix:  ").append(ReviewReport.clean(f.fix())).append('\n');
    }
    ReviewUsage u = usage();
    if (u.apiCalls() > 0) {
      s.append('\n').append(String.format(Locale.ROOT, "Estimated cost $%.4f (%s; %d input, %d output tokens)%n",
          u.costUsd(), String.join(", ", u.models()), u.inputTokens(), u.outputTokens()));
    }
    return s.toString();
  }

  String json() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("tool", "security-guidance");
    doc.put("version", version);
    Map<String, Object> target = new LinkedHashMap<>();
    CommitRangeReview.Target t = outcome.target();
    target.put("mode", t.singleCommit() ? "commit" : "range");
    target.put("base", t.singleCommit() ? Json.NULL : t.base());
    target.put("tip", t.tip());
    doc.put("target", target);
    doc.put("outcome", outcome.result().isEmpty() ? "nothing_to_review" : findings().isEmpty() ? "clean" : "findings");
    doc.put("files_reviewed", (long) outcome.scope().files().size());
    List<Object> list = new ArrayList<>();
    findings().forEach(f -> list.add(findingJson(f)));
    doc.put("findings", list);
    ReviewUsage u = usage();
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("models", new ArrayList<Object>(u.models()));
    usage.put("input_tokens", u.inputTokens());
    usage.put("output_tokens", u.outputTokens());
    usage.put("api_calls", (long) u.apiCalls());
    usage.put("estimated_cost_usd", u.roundedCost());
    doc.put("usage", usage);
    doc.put("review_ms", outcome.reviewMs());
    return Json.write(doc) + "\n";
  }

  private ReviewUsage usage() {
    return outcome.result().map(ReviewResult::usage).orElse(ReviewUsage.NONE);
  }

  private static Map<String, Object> findingJson(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filePath", f.filePath());
    m.put("line", (long) f.line());
    m.put("category", f.category());
    m.put("severity", f.severity().wireName());
    m.put("vulnerableCode", f.vulnerableCode());
    m.put("explanation", f.explanation());
    m.put("fix", f.fix());
    return m;
  }

  private String severities() {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        parts.add(n + " " + s.wireName());
      }
    }
    return " (" + String.join(", ", parts) + ")";
  }

  private String targetText() {
    CommitRangeReview.Target t = outcome.target();
    return t.singleCommit() ? "commit " + t.tip().substring(0, SHORT_ID)
        : "range " + t.base().substring(0, SHORT_ID) + ".." + t.tip().substring(0, SHORT_ID);
  }
}

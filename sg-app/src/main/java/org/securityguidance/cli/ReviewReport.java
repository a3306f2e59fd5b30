package org.securityguidance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.flow.ChangeReview;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.json.Json;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.usage.ReviewUsage;

/**
 * Renders a finished {@code review} for people (text) or tools (JSON). Every model-written field is flattened to one
 * line without control characters before it reaches a terminal: model output can carry escape sequences planted in
 * the reviewed code.
 */
final class ReviewReport {
  private final ChangeReview.Outcome outcome;
  private final String version;

  ReviewReport(ChangeReview.Outcome outcome, String version) {
    this.outcome = outcome;
    this.version = version;
  }

  /** The verified findings, most severe first (empty when clean or nothing was reviewed). */
  List<Finding> findings() {
    return outcome.result().orElse(null) instanceof ReviewResult.Completed c ? c.findings() : List.of();
  }

  /** One line: what was reviewed and what came out. */
  String summaryLine() {
    if (outcome.result().isEmpty()) {
      return "nothing to review (" + nothingReason(outcome.scope().outcome()) + ")";
    }
    int n = findings().size();
    String files = outcome.scope().files().size() + (outcome.scope().files().size() == 1 ? " file" : " files");
    return (n == 0 ? "no findings" : n + (n == 1 ? " finding" : " findings") + severities()) + " in " + files
        + " (" + targetText() + ")";
  }

  String text() {
    StringBuilder s = new StringBuilder("security-guidance review: ").append(summaryLine()).append('\n');
    List<Finding> findings = findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      s.append('\n').append(i + 1).append(". [").append(f.severity().name()).append("] ")
          .append(clean(f.category())).append("  ").append(clean(f.filePath()))
          .append(f.line() > 0 ? ":" + f.line() : "").append('\n');
      s.append("   Code: ").append(clean(f.vulnerableCode())).append('\n');
      if (!clean(f.explanation()).isEmpty()) {
        s.append("   Why:  ").append(clean(f.explanation())).append('\n');
      }
      s.append("   Fix:  ").append(clean(f.fix())).append('\n');
    }
    ReviewUsage u = outcome.result().map(ReviewResult::usage).orElse(ReviewUsage.NONE);
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
    target.put("mode", outcome.target().mode() == ChangeReview.Mode.RANGE ? "range" : "working_tree");
    target.put("base", outcome.target().baseSha() == null ? Json.NULL : outcome.target().baseSha());
    doc.put("target", target);
    doc.put("outcome", outcome.result().isEmpty() ? "nothing_to_review" : findings().isEmpty() ? "clean" : "findings");
    doc.put("files_reviewed", (long) outcome.scope().files().size());
    List<Object> list = new ArrayList<>();
    findings().forEach(f -> list.add(findingJson(f)));
    doc.put("findings", list);
    doc.put("usage", usageJson(outcome.result().map(ReviewResult::usage).orElse(ReviewUsage.NONE)));
    doc.put("review_ms", outcome.reviewMs());
    return Json.write(doc) + "\n";
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

  private static Map<String, Object> usageJson(ReviewUsage u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("models", new ArrayList<Object>(u.models()));
    m.put("input_tokens", u.inputTokens());
    m.put("output_tokens", u.outputTokens());
    m.put("cache_read_tokens", u.cacheReadTokens());
    m.put("cache_write_tokens", u.cacheWriteTokens());
    m.put("api_calls", (long) u.apiCalls());
    m.put("estimated_cost_usd", u.roundedCost());
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

package org.securityguidance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.json.Json;
import org.securityguidance.usage.ReviewUsage;

/** The parts {@code review}'s working-tree and commit reports share: findings as text lines and as JSON. */
final class ReviewRendering {
  private ReviewRendering() {}

  /** The verified findings, most severe first (empty when clean or nothing was reviewed). */
  static List<Finding> findings(Optional<ReviewResult> result) {
    return result.orElse(null) instanceof ReviewResult.Completed c ? c.findings() : List.of();
  }

  static ReviewUsage usage(Optional<ReviewResult> result) {
    return result.map(ReviewResult::usage).orElse(ReviewUsage.NONE);
  }

  /** What came out of {@code files} reviewed files, and what was reviewed ({@code target}). */
  static String summary(List<Finding> findings, int files, String target) {
    int n = findings.size();
    return (n == 0 ? "no findings" : n + (n == 1 ? " finding" : " findings") + severities(findings)) + " in " + files
        + (files == 1 ? " file" : " files") + " (" + target + ")";
  }

  /** The text report under its summary line; model-written fields pass through {@link ReviewReport#clean}. */
  static String text(String summaryLine, List<Finding> findings, ReviewUsage u) {
    StringBuilder s = new StringBuilder("security-guidance review: ").append(summaryLine).append('\n');
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
    if (u.apiCalls() > 0) {
      s.append('\n').append(String.format(Locale.ROOT, "Estimated cost $%.4f (%s; %d input, %d output tokens)%n",
          u.costUsd(), String.join(", ", u.models()), u.inputTokens(), u.outputTokens()));
    }
    return s.toString();
  }

  /** The JSON report around {@code target}; {@code files} were reviewed in {@code reviewMs}. */
  static String json(String version, Map<String, Object> target, Optional<ReviewResult> result, int files,
      long reviewMs, boolean withCacheTokens) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("tool", "security-guidance");
    doc.put("version", version);
    doc.put("target", target);
    List<Finding> findings = findings(result);
    doc.put("outcome", result.isEmpty() ? "nothing_to_review" : findings.isEmpty() ? "clean" : "findings");
    doc.put("files_reviewed", (long) files);
    List<Object> list = new ArrayList<>();
    findings.forEach(f -> list.add(findingJson(f)));
    doc.put("findings", list);
    doc.put("usage", usageJson(usage(result), withCacheTokens));
    doc.put("review_ms", reviewMs);
    return Json.write(doc) + "\n";
  }

  /** The {@code usage} object; the commit report predates the cache-token fields and keeps its shape. */
  private static Map<String, Object> usageJson(ReviewUsage u, boolean withCacheTokens) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("models", new ArrayList<Object>(u.models()));
    m.put("input_tokens", u.inputTokens());
    m.put("output_tokens", u.outputTokens());
    if (withCacheTokens) {
      m.put("cache_read_tokens", u.cacheReadTokens());
      m.put("cache_write_tokens", u.cacheWriteTokens());
    }
    m.put("api_calls", (long) u.apiCalls());
    m.put("estimated_cost_usd", u.roundedCost());
    return m;
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

  private static String severities(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = findings.stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        parts.add(n + " " + s.wireName());
      }
    }
    return " (" + String.join(", ", parts) + ")";
  }
}

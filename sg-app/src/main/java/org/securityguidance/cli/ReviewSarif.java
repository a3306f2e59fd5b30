package org.securityguidance.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.json.Json;

/**
 * SARIF 2.1.0 for {@code review --format sarif}, shaped for GitHub code scanning: one rule per finding category, one
 * result per finding with a {@code %SRCROOT%}-relative location and a fingerprint of file, category and the quoted
 * code (so an alert survives unrelated edits). Like the scan report, it embeds no code snippets.
 *
 * <p>Design note: the scan report's SARIF writer is built around pattern rules and scan results; LLM findings have
 * free categories and no rule objects, so this small writer keeps the same conventions without coupling the two.
 */
final class ReviewSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "securityGuidanceReview/v1";

  private ReviewSarif() {}

  static String render(List<Finding> findings, String version) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Object> rules = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (Finding f : findings) {
      String id = ruleId(f.category());
      Integer index = ruleIndex.get(id);
      if (index == null) {
        index = rules.size();
        ruleIndex.put(id, index);
        rules.add(rule(id, f.severity()));
      }
      results.add(result(f, id, index));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "security-guidance");
    driver.put("version", version);
    driver.put("semanticVersion", version);
    driver.put("rules", rules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    doc.put("runs", List.of(run));
    return Json.write(doc) + "\n";
  }

  private static Map<String, Object> rule(String id, Severity severity) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", id);
    r.put("shortDescription", Map.of("text", "LLM review: " + id.replace('_', ' ')));
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("tags", List.of("security", "llm-review"));
    props.put("security-severity", String.format(Locale.ROOT, "%.1f", severity.securityScore()));
    r.put("properties", props);
    return r;
  }

  private static Map<String, Object> result(Finding f, String id, int index) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", f.filePath().replace('\\', '/'));
    artifact.put("uriBaseId", "%SRCROOT%");
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    if (f.line() > 0) {
      physical.put("region", Map.of("startLine", (long) f.line()));
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", id);
    r.put("ruleIndex", (long) index);
    r.put("level", level(f.severity()));
    String why = ReviewReport.clean(f.explanation());
    String fix = ReviewReport.clean(f.fix());
    r.put("message", Map.of("text", (why.isEmpty() ? id : why) + (fix.isEmpty() ? "" : " Fix: " + fix)));
    r.put("locations", List.of(Map.of("physicalLocation", physical)));
    r.put("partialFingerprints", Map.of(FINGERPRINT_KEY, fingerprint(f)));
    return r;
  }

  /** A SARIF-friendly rule id: the category lower-cased, runs of other characters as one underscore. */
  static String ruleId(String category) {
    String id = (category == null ? "" : category).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]{1,64}", "_")
        .replaceAll("^_|_$", "");
    return id.isEmpty() ? "unknown" : id.length() > 64 ? id.substring(0, 64) : id;
  }

  private static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  private static String fingerprint(Finding f) {
    String code = f.vulnerableCode() == null ? "" : f.vulnerableCode().replaceAll("\\s{1,1000}", " ").strip();
    String text = f.filePath() + "\u0000" + ruleId(f.category()) + "\u0000" + code;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}

package org.securityguidance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Severity;
import org.securityguidance.scan.ScanFinding;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.scan.ScanStats;
import org.securityguidance.scan.SkipReason;

/**
 * The machine format of {@code scan --format json}. Shape (format {@code security-guidance/scan/v1}; fields are only
 * ever added, never renamed or removed, within v1):
 *
 * <pre>
 * {
 *   "format": "security-guidance/scan/v1",
 *   "tool": {"name": "security-guidance", "version": "3.0.0"},
 *   "root": "/abs/path/of/scan/root",
 *   "findings": [
 *     {"path": "src/app.py", "line": 3, "column": 5, "end_line": 3, "end_column": 10,
 *      "rule": "eval_injection", "rule_id": 4, "severity": "high", "title": "…", "fingerprint": "0123abcd…:1"}
 *   ],
 *   "summary": {
 *     "findings": 1, "by_severity": {"critical": 0, "high": 1, "medium": 0, "low": 0},
 *     "files_listed": 10, "files_scanned": 9, "bytes_scanned": 12345,
 *     "skipped": {"binary": 1, "too_large": 0, "unreadable": 0, "not_regular": 0},
 *     "files_failed": 0, "elapsed_ms": 42
 *   }
 * }
 * </pre>
 *
 * Paths are relative to {@code root}, '/'-separated; lines and columns are 1-based, columns count UTF-16 code units,
 * and the end position is exclusive. {@code rule_id} is -1 for user rules. No file content is included.
 */
final class JsonReport implements ReportWriter {
  static final String FORMAT = "security-guidance/scan/v1";

  private final String toolVersion;

  JsonReport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public String render(ScanResult result) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "security-guidance");
    tool.put("version", toolVersion);
    doc.put("tool", tool);
    doc.put("root", result.root().toString());
    List<Object> findings = new ArrayList<>(result.findings().size());
    for (ScanFinding f : result.findings()) {
      findings.add(finding(f));
    }
    doc.put("findings", findings);
    doc.put("summary", summary(result));
    return PrettyJson.write(doc);
  }

  private static Map<String, Object> finding(ScanFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    m.put("line", f.line());
    m.put("column", f.column());
    m.put("end_line", f.endLine());
    m.put("end_column", f.endColumn());
    m.put("rule", f.rule().name());
    m.put("rule_id", f.rule().id());
    m.put("severity", f.rule().severity().wireName());
    m.put("title", f.rule().title());
    m.put("fingerprint", f.fingerprint());
    return m;
  }

  private static Map<String, Object> summary(ScanResult result) {
    ScanStats stats = result.stats();
    Map<String, Object> bySeverity = new LinkedHashMap<>();
    for (Map.Entry<Severity, Integer> e : Summary.bySeverity(result).entrySet()) {
      bySeverity.put(e.getKey().wireName(), e.getValue());
    }
    Map<String, Object> skipped = new LinkedHashMap<>();
    for (SkipReason r : SkipReason.values()) {
      skipped.put(r.wireName(), stats.skipped(r));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("findings", result.findings().size());
    m.put("by_severity", bySeverity);
    m.put("files_listed", stats.filesListed());
    m.put("files_scanned", stats.filesScanned());
    m.put("bytes_scanned", stats.bytesScanned());
    m.put("skipped", skipped);
    m.put("files_failed", stats.filesFailed());
    m.put("elapsed_ms", result.elapsed().toMillis());
    return m;
  }
}

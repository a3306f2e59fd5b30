package org.securityguidance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Severity;
import org.securityguidance.scan.ScanFinding;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.scan.ScanStats;
import org.securityguidance.scan.SkipReason;

/**
 * The human format: one {@code path:line:col: [severity] rule_name — title} line per finding (the prefix editors and
 * terminals turn into links), then one summary line.
 */
final class TextReport implements ReportWriter {
  @Override
  public String render(ScanResult result) {
    StringBuilder out = new StringBuilder(128 * (result.findings().size() + 1));
    for (ScanFinding f : result.findings()) {
      out.append(f.path()).append(':').append(f.line()).append(':').append(f.column()).append(": [")
          .append(f.rule().severity().wireName()).append("] ").append(f.rule().name()).append(" \u2014 ")
          .append(f.rule().title()).append('\n');
    }
    return out.append(summaryLine(result)).append('\n').toString();
  }

  /** E.g. {@code 3 findings (1 high, 2 medium) in 120 files (1.2 MB) in 0.41 s; skipped 2 binary}. */
  static String summaryLine(ScanResult result) {
    ScanStats stats = result.stats();
    int total = result.findings().size();
    StringBuilder line = new StringBuilder();
    line.append(total == 0 ? "No findings" : total + (total == 1 ? " finding" : " findings"));
    List<String> severities = new ArrayList<>();
    for (Map.Entry<Severity, Integer> e : Summary.bySeverity(result).entrySet()) {
      if (e.getValue() > 0) {
        severities.add(e.getValue() + " " + e.getKey().wireName());
      }
    }
    if (!severities.isEmpty()) {
      line.append(" (").append(String.join(", ", severities)).append(')');
    }
    line.append(" in ").append(stats.filesScanned()).append(stats.filesScanned() == 1 ? " file" : " files")
        .append(" (").append(Summary.megabytes(stats.bytesScanned())).append(") in ")
        .append(Summary.seconds(result.elapsed()));
    List<String> skipped = new ArrayList<>();
    for (SkipReason r : SkipReason.values()) {
      if (stats.skipped(r) > 0) {
        skipped.add(stats.skipped(r) + " " + r.wireName().replace('_', ' '));
      }
    }
    if (!skipped.isEmpty()) {
      line.append("; skipped ").append(String.join(", ", skipped));
    }
    if (stats.filesFailed() > 0) {
      line.append("; ").append(stats.filesFailed()).append(" failed");
    }
    return line.toString();
  }
}

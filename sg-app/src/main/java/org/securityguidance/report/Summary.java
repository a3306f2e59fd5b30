package org.securityguidance.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Severity;
import org.securityguidance.scan.ScanFinding;
import org.securityguidance.scan.ScanResult;

/** Counts shared by the text and JSON reports. */
final class Summary {
  private Summary() {}

  /** Findings per severity, every severity present (most severe first). */
  static Map<Severity, Integer> bySeverity(ScanResult result) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (ScanFinding f : result.findings()) {
      counts.merge(f.rule().severity(), 1, Integer::sum);
    }
    return counts;
  }

  /** Decimal megabytes with one digit, e.g. {@code 12.3 MB}. */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  static String seconds(java.time.Duration elapsed) {
    return String.format(Locale.ROOT, "%.2f s", elapsed.toNanos() / 1e9);
  }
}

package org.securityguidance.scan;

import java.util.Comparator;
import org.securityguidance.rules.Rule;

/**
 * One reported location: root-relative path, 1-based start line/column, the exclusive end position (equal to the
 * start for zero-length matches such as path-only rules) and a fingerprint that survives unrelated edits. Holds no
 * file content.
 */
public record ScanFinding(String path, int line, int column, int endLine, int endColumn, Rule rule, String fingerprint) {

  /** The report order: path, line, column, rule name; deterministic whatever the thread interleaving. */
  public static final Comparator<ScanFinding> ORDER =
      Comparator.comparing(ScanFinding::path)
          .thenComparingInt(ScanFinding::line)
          .thenComparingInt(ScanFinding::column)
          .thenComparing(f -> f.rule().name());

  /** Whether the match covers at least one character (path-only rules do not). */
  public boolean hasExtent() {
    return endLine != line || endColumn != column;
  }
}

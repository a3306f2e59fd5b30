package org.securityguidance.review.verify;

import java.util.Comparator;
import org.securityguidance.finding.Finding;

/** The delivery order: critical, high, medium, low; then file path; then line (unknown line 0 last in its file). */
public final class FindingOrder {
  public static final Comparator<Finding> BY_SEVERITY_FILE_LINE = Comparator
      .comparing(Finding::severity)
      .thenComparing(Finding::filePath)
      .thenComparingInt(f -> f.line() <= 0 ? Integer.MAX_VALUE : f.line());

  private FindingOrder() {}
}

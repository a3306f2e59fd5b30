package org.securityguidance.review.verify;

import java.util.List;
import org.securityguidance.finding.Finding;

/** Verified findings in delivery order, with the counts of what was removed on the way. */
public record Verification(List<Finding> findings, VerifyCounts counts) {
  public Verification {
    findings = List.copyOf(findings);
  }
}

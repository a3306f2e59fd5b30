package org.securityguidance.review.verify;

import java.util.List;

/** The model's verdict flag and its raw findings, in reply order; {@code omitted} items were beyond the item cap. */
public record ParsedReply(boolean hasVulnerabilities, List<RawFinding> findings, int omitted) {
  public ParsedReply {
    findings = List.copyOf(findings);
  }
}

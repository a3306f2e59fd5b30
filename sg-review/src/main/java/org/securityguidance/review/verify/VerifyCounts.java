package org.securityguidance.review.verify;

/**
 * What verification did to a reply's findings (telemetry): candidates the model listed, dropped as low severity,
 * dropped as unanchored (file not reviewed, quote missing or not found), and removed as duplicates (within the
 * review, across dual legs, or already reported this session).
 */
public record VerifyCounts(int candidates, int droppedLow, int droppedUnanchored, int deduped) {
  public static final VerifyCounts NONE = new VerifyCounts(0, 0, 0, 0);
}

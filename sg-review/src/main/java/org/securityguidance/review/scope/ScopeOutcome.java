package org.securityguidance.review.scope;

/** How computing the review scope ended; each non-OK value maps to the Stop hook's {@code skip_reason} (spec §3.2). */
public enum ScopeOutcome {
  /** Files to review were found. */
  OK(0),
  /** The diff was empty or git failed (skip 6). */
  EMPTY_DIFF(6),
  /** Something changed, but no reviewable source file (skip 7). */
  NO_SOURCE_FILES(7),
  /** More reviewable files than the pathological limit (skip 8). */
  TOO_MANY_FILES(8),
  /** Nothing changed since the baseline, or git status failed (skip 9). */
  EMPTY_SET(9);

  private final int stopSkipCode;

  ScopeOutcome(int stopSkipCode) {
    this.stopSkipCode = stopSkipCode;
  }

  /** The Stop {@code skip_reason} code, 0 for {@link #OK}. */
  public int stopSkipCode() {
    return stopSkipCode;
  }
}

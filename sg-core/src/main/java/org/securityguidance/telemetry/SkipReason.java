package org.securityguidance.telemetry;

/**
 * Why a hook ended without doing its main work: the {@code skip_reason} metric. Codes are protocol data shared with
 * the original plugin (spec §3.6) and are append-only; {@code SkipReasonTest} pins every (name, code) pair.
 */
public enum SkipReason {
  /** The hook itself failed; it still printed a valid line and exited 0 (new in this port). */
  INTERNAL_ERROR(-3),
  /** Stdin was not one JSON object (malformed, not an object, unreadable or too large). */
  BAD_STDIN(-2),
  /** {@code SECURITY_GUIDANCE_DISABLE} or {@code ENABLE_SECURITY_REMINDER=0}. */
  KILL_SWITCH(-1),
  STOP_RECURSION(1),
  STOP_FIRE_CAP(2),
  STOP_REVIEW_UNAVAILABLE(3),
  STOP_NO_CWD(4),
  STOP_EMPTY_DIFF(6),
  STOP_NO_SOURCE_FILES(7),
  STOP_PATHOLOGICAL_DIFF(8),
  STOP_EMPTY_REVIEW_SET(9),
  STOP_API_UNREACHABLE(10),
  /** Commit did not succeed, or the push was interrupted. */
  NOT_SUCCESSFUL(21),
  /** Commit/push review off, no credentials, or no review layer in this build. */
  REVIEW_UNAVAILABLE(22),
  RATE_LIMITED(23),
  COMMIT_API_UNREACHABLE(24),
  NO_CWD(25),
  NOT_A_REPO(26),
  NO_SHA_RESOLVED(28),
  NO_REVIEWABLE_FILES(30),
  PATHOLOGICAL_DIFF(31),
  COMMIT_REVIEW_DISABLED(32),
  NO_SHA_PARSED(33),
  /** Empty amend delta (commit) or every finding already delivered (Stop). */
  NOTHING_NEW(35),
  PUSH_SWEEP_DISABLED(40),
  NO_PREVIOUS_UPSTREAM(41),
  EMPTY_PUSH_RANGE(42),
  PUSH_RANGE_TOO_LARGE(43),
  MULTI_REF_PUSH(44),
  PUSH_DIFF_FAILED(45),
  NO_PUSH_SIGNAL(46),
  STOP_REVIEW_DISABLED(50);

  private final int code;

  SkipReason(int code) {
    this.code = code;
  }

  /** The wire value of {@code skip_reason}. */
  public int code() {
    return code;
  }
}

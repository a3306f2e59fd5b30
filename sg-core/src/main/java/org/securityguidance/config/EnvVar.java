package org.securityguidance.config;

/**
 * Every environment variable {@link Settings} reads, with its default and meaning. The README's variable table is
 * tested against this list so a new knob cannot ship undocumented. Names kept from the original plugin stay
 * unchanged for compatibility; new ones start with {@code SG_}.
 */
public enum EnvVar {
  SECURITY_GUIDANCE_DISABLE("unset", "master kill switch: 1/true/yes/on disables every hook"),
  ENABLE_SECURITY_REMINDER("1", "legacy master switch: exactly 0 disables every hook"),
  ENABLE_PATTERN_RULES("1", "exactly 0 turns pattern warnings off (edits are still recorded)"),
  ENABLE_CODE_SECURITY_REVIEW("1", "exactly 0 turns every LLM review off"),
  ENABLE_STOP_REVIEW("1", "exactly 0 turns the end-of-turn review off"),
  ENABLE_COMMIT_REVIEW("1", "exactly 0 turns commit review and push sweep off"),
  SECURITY_GUIDANCE_COMMIT_REVIEW("unset", "legacy commit-review override: on/off"),
  SG_PUSH_SWEEP("unset", "push-sweep override: 1/on enable, 0/off disable"),
  MAX_STOP_HOOK_FIRINGS("3", "end-of-turn review wake-ups per 120 s; 0 = unlimited"),
  MAX_DIFF_FILES("30", "files sent to the reviewer; more than 10x this is skipped"),
  MAX_COMMIT_REVIEWS_PER_HOUR("20", "commit/push reviews per rate window"),
  MAX_COMMIT_REVIEWS_PER_SESSION("20", "legacy name of MAX_COMMIT_REVIEWS_PER_HOUR"),
  COMMIT_REVIEW_RATE_WINDOW_S("3600", "rolling rate-limit window in seconds"),
  SG_PUSH_SWEEP_MAX_FILES("30", "push-sweep file cap (more than 10x is skipped)"),
  SG_PUSH_SWEEP_MAX_RANGE("50", "most commits in one reviewed push range"),
  SG_PUSH_SWEEP_REPORT_CAP("3", "findings reported per push"),
  SG_AGENTIC_NO_RACE("unset", "1 = no delayed single-shot fallback for the agentic reviewer"),
  SG_AGENTIC_RACE_DELAY_S("180", "seconds before the fallback reviewer starts"),
  PREVIOUS_FINDINGS_TTL_SEC("3600", "seconds a delivered finding suppresses a repeat"),
  CLAUDE_PROJECT_DIR("process cwd", "repository used for Write baseline suppression"),
  SECURITY_WARNINGS_STATE_DIR("unset", "state directory override"),
  CLAUDE_CONFIG_DIR("unset", "state directory becomes <it>/security"),
  SECURITY_GUIDANCE_DEBUG_LOG("<state>/log.txt", "debug log file"),
  CLAUDE_CODE_REMOTE_SESSION_ID("unset", "replaces session_id as the state key"),
  SG_DISABLE_RULES("unset", "comma-separated rule names to switch off, e.g. eval_injection,user:no-md5"),
  SG_LOCAL_TELEMETRY("1", "exactly 0: no local copy of metrics lines in <state>/metrics.jsonl");


  private final String defaultText;
  private final String meaning;

  EnvVar(String defaultText, String meaning) {
    this.defaultText = defaultText;
    this.meaning = meaning;
  }

  /** The default as shown to people. */
  public String defaultText() {
    return defaultText;
  }

  /** One-line meaning for the README table. */
  public String meaning() {
    return meaning;
  }
}

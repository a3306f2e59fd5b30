package org.securityguidance.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.securityguidance.sys.Env;

/**
 * Every hook setting, read once from the environment at the edge (spec §6.1). Bad values fall back to defaults; the
 * original crashed at import on e.g. {@code MAX_DIFF_FILES=abc} (spec §0).
 *
 * @param disabled kill switch on: every hook prints skip -1 and stops
 * @param patternRules pattern warnings on edits
 * @param codeReview LLM reviews allowed at all
 * @param stopReview end-of-turn review allowed
 * @param commitReview commit review allowed
 * @param pushSweep push sweep allowed
 * @param maxStopHookFirings Stop wake-ups per 120 s window, 0 = unlimited
 * @param maxDiffFiles files sent to a reviewer
 * @param maxCommitReviewsPerWindow rate limit count
 * @param rateWindowSeconds rate limit window
 * @param pushSweepMaxFiles push-sweep file cap
 * @param pushSweepMaxRange push-sweep commit cap
 * @param pushSweepReportCap findings reported per push
 * @param agenticNoRace no fallback race for the agentic reviewer
 * @param agenticRaceDelaySeconds fallback delay
 * @param previousFindingsTtlSeconds how long delivered findings suppress repeats
 * @param projectDir {@code CLAUDE_PROJECT_DIR}, or null (then the process working directory)
 * @param home the user's home ({@code HOME} honoured)
 * @param stateDir resolved state directory (spec §6.3)
 * @param debugLog debug log file (spec §6.4)
 * @param remoteSessionId {@code CLAUDE_CODE_REMOTE_SESSION_ID}, or null
 * @param disabledRules rule names switched off by {@code SG_DISABLE_RULES}
 * @param localTelemetry every metrics line is also appended to {@code <state>/metrics.jsonl};
 *     {@code SG_LOCAL_TELEMETRY=0} turns it off
 */
public record Settings(
    boolean disabled,
    boolean patternRules,
    boolean codeReview,
    boolean stopReview,
    boolean commitReview,
    boolean pushSweep,
    int maxStopHookFirings,
    int maxDiffFiles,
    int maxCommitReviewsPerWindow,
    int rateWindowSeconds,
    int pushSweepMaxFiles,
    int pushSweepMaxRange,
    int pushSweepReportCap,
    boolean agenticNoRace,
    int agenticRaceDelaySeconds,
    int previousFindingsTtlSeconds,
    Path projectDir,
    Path home,
    Path stateDir,
    Path debugLog,
    String remoteSessionId,
    Set<String> disabledRules,
    boolean localTelemetry) {

  public Settings {
    disabledRules = Set.copyOf(disabledRules);
  }

  /** Reads every setting from {@code env}; never throws. */
  public static Settings from(Env env) {
    boolean commitOff = env.isExactlyZero(name(EnvVar.ENABLE_COMMIT_REVIEW));
    Path stateDir = StateDir.resolve(env);
    String log = env.get(name(EnvVar.SECURITY_GUIDANCE_DEBUG_LOG));
    String project = env.get(name(EnvVar.CLAUDE_PROJECT_DIR));
    return new Settings(
        env.isTruthy(name(EnvVar.SECURITY_GUIDANCE_DISABLE))
            || env.isExactlyZero(name(EnvVar.ENABLE_SECURITY_REMINDER)),
        !env.isExactlyZero(name(EnvVar.ENABLE_PATTERN_RULES)),
        !env.isExactlyZero(name(EnvVar.ENABLE_CODE_SECURITY_REVIEW)),
        !env.isExactlyZero(name(EnvVar.ENABLE_STOP_REVIEW)),
        !commitOff && commitOverride(env),
        !commitOff && pushOverride(env),
        env.intValue(name(EnvVar.MAX_STOP_HOOK_FIRINGS), 3),
        positive(env, EnvVar.MAX_DIFF_FILES, 30),
        reviewsPerWindow(env),
        positive(env, EnvVar.COMMIT_REVIEW_RATE_WINDOW_S, 3600),
        positive(env, EnvVar.SG_PUSH_SWEEP_MAX_FILES, 30),
        positive(env, EnvVar.SG_PUSH_SWEEP_MAX_RANGE, 50),
        positive(env, EnvVar.SG_PUSH_SWEEP_REPORT_CAP, 3),
        "1".equals(trimmed(env, EnvVar.SG_AGENTIC_NO_RACE)),
        env.intValue(name(EnvVar.SG_AGENTIC_RACE_DELAY_S), 180),
        env.intValue(name(EnvVar.PREVIOUS_FINDINGS_TTL_SEC), 3600),
        project == null ? null : env.expandHome(project),
        env.home(),
        stateDir,
        log != null ? env.expandHome(log) : stateDir.resolve("log.txt"),
        env.get(name(EnvVar.CLAUDE_CODE_REMOTE_SESSION_ID)),
        ruleList(env.get(name(EnvVar.SG_DISABLE_RULES))),
        !env.isExactlyZero(name(EnvVar.SG_LOCAL_TELEMETRY)));
  }

  private static String name(EnvVar v) {
    return v.name();
  }

  private static String trimmed(Env env, EnvVar v) {
    String s = env.get(v.name());
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }

  private static boolean commitOverride(Env env) {
    return !"off".equals(trimmed(env, EnvVar.SECURITY_GUIDANCE_COMMIT_REVIEW));
  }

  private static boolean pushOverride(Env env) {
    String v = trimmed(env, EnvVar.SG_PUSH_SWEEP);
    return !("0".equals(v) || "off".equals(v));
  }

  /** The hourly name wins when set; the legacy per-session name is read as the same per-window count. */
  private static int reviewsPerWindow(Env env) {
    int hourly = env.intValue(name(EnvVar.MAX_COMMIT_REVIEWS_PER_HOUR), -1);
    return hourly >= 0 ? hourly : env.intValue(name(EnvVar.MAX_COMMIT_REVIEWS_PER_SESSION), 20);
  }

  private static int positive(Env env, EnvVar v, int fallback) {
    int value = env.intValue(v.name(), fallback);
    return value > 0 ? value : fallback;
  }

  private static Set<String> ruleList(String raw) {
    if (raw == null) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(raw.split(",", -1)).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
    return names;
  }
}

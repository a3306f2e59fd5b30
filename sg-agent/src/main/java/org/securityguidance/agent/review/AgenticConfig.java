package org.securityguidance.agent.review;

import java.time.Duration;
import java.util.Locale;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.sys.Env;

/**
 * Everything the agentic commit/push review reads from the environment, read once (STYLE.md (d)8). Names follow the
 * original where it had one (spec llm-review §6.4, §11); the token budget and the deadline are ours.
 *
 * @param enabled {@code SG_AGENTIC_COMMIT_REVIEW} is not {@code 0}/{@code off} (else single-shot only)
 * @param budget {@code SG_AGENTIC_MAX_TURNS} (18), {@code SG_AGENTIC_TOKEN_BUDGET} (600000) and
 *     {@code SG_AGENTIC_DEADLINE_S} (180)
 * @param raceDelay {@code SG_AGENTIC_RACE_DELAY_S} (180): when the single-shot fallback starts if the agentic review
 *     has not finished
 * @param race false when {@code SG_AGENTIC_NO_RACE=1}: the fallback then runs only after an agentic failure
 * @param selfCheck false when {@code SG_AGENTIC_FILTER=none} or {@code SG_AGENTIC_NO_ADJUDICATE=1}
 * @param excludeMedium {@code SG_AGENTIC_EXCLUDE_MEDIUM=1}: only critical and high findings are kept
 */
public record AgenticConfig(
    boolean enabled, LoopBudget budget, Duration raceDelay, boolean race, boolean selfCheck, boolean excludeMedium) {

  public static final int DEFAULT_RACE_DELAY_SECONDS = 180;
  /** The most a commit review may take, race included (spec §6.4 V-OUTCOME {@code _RACE_MAX_WAIT_S}). */
  public static final Duration RACE_MAX_WAIT = Duration.ofSeconds(480);
  static final int MAX_SECONDS = 3_600;

  public AgenticConfig {
    if (raceDelay == null || raceDelay.isNegative()) {
      raceDelay = Duration.ofSeconds(DEFAULT_RACE_DELAY_SECONDS);
    }
  }

  /** The defaults: agentic on, spec budgets, race after 180 s, self-check on, medium findings kept. */
  public static AgenticConfig defaults() {
    return new AgenticConfig(true, LoopBudget.defaults(), Duration.ofSeconds(DEFAULT_RACE_DELAY_SECONDS), true, true,
        false);
  }

  /** Reads the configuration; malformed or out-of-range values fall back to the defaults and never throw. */
  public static AgenticConfig from(Env env) {
    String mode = lower(env.get("SG_AGENTIC_COMMIT_REVIEW"));
    boolean enabled = !(mode.equals("0") || mode.equals("off"));
    int turns = env.intValue("SG_AGENTIC_MAX_TURNS", LoopBudget.DEFAULT_MAX_TURNS);
    int tokens = env.intValue("SG_AGENTIC_TOKEN_BUDGET", (int) LoopBudget.DEFAULT_TOKEN_BUDGET);
    int deadline = seconds(env, "SG_AGENTIC_DEADLINE_S", (int) LoopBudget.DEFAULT_DEADLINE.toSeconds(), 1);
    LoopBudget budget = new LoopBudget(turns < LoopBudget.MIN_TURNS ? LoopBudget.DEFAULT_MAX_TURNS : turns,
        tokens < 1 ? LoopBudget.DEFAULT_TOKEN_BUDGET : tokens, Duration.ofSeconds(deadline),
        LoopBudget.DEFAULT_TURN_MAX_TOKENS, LoopBudget.DEFAULT_REPORT_MAX_TOKENS);
    int delay = seconds(env, "SG_AGENTIC_RACE_DELAY_S", DEFAULT_RACE_DELAY_SECONDS, 0);
    boolean race = !"1".equals(trimmed(env.get("SG_AGENTIC_NO_RACE")));
    boolean selfCheck = !lower(env.get("SG_AGENTIC_FILTER")).equals("none")
        && !"1".equals(trimmed(env.get("SG_AGENTIC_NO_ADJUDICATE")));
    boolean excludeMedium = "1".equals(trimmed(env.get("SG_AGENTIC_EXCLUDE_MEDIUM")));
    return new AgenticConfig(enabled, budget, Duration.ofSeconds(delay), race, selfCheck, excludeMedium);
  }

  private static int seconds(Env env, String name, int fallback, int min) {
    int v = env.intValue(name, fallback);
    return v < min || v > MAX_SECONDS ? fallback : v;
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.trim();
  }

  private static String lower(String s) {
    return trimmed(s).toLowerCase(Locale.ROOT);
  }
}

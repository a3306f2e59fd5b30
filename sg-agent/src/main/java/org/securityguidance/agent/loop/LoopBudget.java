package org.securityguidance.agent.loop;

import java.time.Duration;

/**
 * The limits of one tool-use conversation: model requests (turns), tokens processed, wall-clock time and output
 * tokens per request. The original bounded only the turns (spec llm-review §6.4 step 2, §13.7–13.8); a commit review
 * here also has a token budget and a deadline, so its cost and latency are bounded whatever the model does.
 *
 * @param maxTurns model requests in all, the closing report request included (spec default 18)
 * @param tokenBudget input, output and cache tokens summed over every request
 * @param deadline wall-clock time for the whole conversation
 * @param turnMaxTokens {@code max_tokens} of an investigation request
 * @param reportMaxTokens {@code max_tokens} of the closing report request (the structured answer)
 */
public record LoopBudget(int maxTurns, long tokenBudget, Duration deadline, int turnMaxTokens, int reportMaxTokens) {
  public static final int DEFAULT_MAX_TURNS = 18;
  /** Eighteen turns over a context that grows to ~30k tokens stay below this; beyond it a review costs too much. */
  public static final long DEFAULT_TOKEN_BUDGET = 600_000;
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(180);
  public static final int DEFAULT_TURN_MAX_TOKENS = 8_192;
  public static final int DEFAULT_REPORT_MAX_TOKENS = 16_000;
  /** One investigation request plus the report. */
  public static final int MIN_TURNS = 2;
  public static final int MAX_TURNS = 100;
  static final Duration MAX_REPORT_RESERVE = Duration.ofSeconds(30);

  public LoopBudget {
    maxTurns = Math.max(MIN_TURNS, Math.min(MAX_TURNS, maxTurns));
    tokenBudget = Math.max(1, tokenBudget);
    if (deadline == null || deadline.isNegative() || deadline.isZero()) {
      deadline = DEFAULT_DEADLINE;
    }
    turnMaxTokens = Math.max(1_024, Math.min(64_000, turnMaxTokens));
    reportMaxTokens = Math.max(1_024, Math.min(64_000, reportMaxTokens));
  }

  public static LoopBudget defaults() {
    return new LoopBudget(DEFAULT_MAX_TURNS, DEFAULT_TOKEN_BUDGET, DEFAULT_DEADLINE, DEFAULT_TURN_MAX_TOKENS,
        DEFAULT_REPORT_MAX_TOKENS);
  }

  /** Time kept back for the report request: a sixth of the deadline, at most 30 s. */
  public Duration reportReserve() {
    Duration sixth = deadline.dividedBy(6);
    return sixth.compareTo(MAX_REPORT_RESERVE) < 0 ? sixth : MAX_REPORT_RESERVE;
  }
}

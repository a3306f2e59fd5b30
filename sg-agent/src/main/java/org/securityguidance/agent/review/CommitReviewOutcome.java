package org.securityguidance.agent.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.single.ReviewResult;
import org.securityguidance.telemetry.MetricLine;

/**
 * How a commit or push review ended: the result, or the failure when no reviewer answered ({@code timedOut} when the
 * overall deadline passed first: the flow reports {@code api_error -2}, spec llm-review §6.4 V-OUTCOME), plus which
 * reviewer answered and what the agentic one did, for metrics.
 *
 * @param result the findings, or {@code null} on failure
 * @param failure why there is no result, or {@code null}
 * @param winner which reviewer produced the result ({@code null} on failure)
 * @param fallback why the single-shot review stood in, or {@code null}
 * @param raceStarted the delayed single-shot review was started while the agentic one was still running
 * @param timedOut nothing answered before the overall deadline
 * @param agentic the agentic stages' stats when the agentic review answered, else {@code null}
 * @param loop the investigation loop's stats (also after an agentic failure), or {@code null}
 * @param reviewMillis wall-clock time of the whole review
 */
public record CommitReviewOutcome(
    ReviewResult result, ReviewUnavailable failure, RaceWinner winner, AgenticFallback fallback,
    boolean raceStarted, boolean timedOut, AgenticStats agentic, LoopStats loop, long reviewMillis) {

  public boolean succeeded() {
    return result != null;
  }

  /** The result, or the failure thrown. */
  public ReviewResult resultOrThrow() throws ReviewUnavailable {
    if (result == null) {
      throw failure;
    }
    return result;
  }

  /**
   * The agentic metric keys in priority order (Claude Code keeps only the first 20 keys of a line): {@code agentic}
   * (1 when the agentic review produced the result), {@code race_winner}, {@code agentic_fallback},
   * {@code candidates}, {@code survived}, {@code turns}, {@code tool_calls}, {@code refusals}, {@code agentic_stop}
   * (a {@code LoopStop} code), {@code unanchored}, {@code refuted}, {@code race_started}.
   */
  public Map<String, Long> metrics() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("agentic", winner == RaceWinner.AGENTIC ? 1L : 0L);
    if (winner != null) {
      m.put("race_winner", (long) winner.code());
    }
    if (fallback != null) {
      m.put("agentic_fallback", (long) fallback.code());
    }
    if (agentic != null) {
      m.put("candidates", (long) agentic.candidates());
      m.put("survived", (long) agentic.survived());
    }
    if (loop != null) {
      m.put("turns", (long) loop.turns());
      m.put("tool_calls", (long) loop.totalToolCalls());
      m.put("refusals", (long) loop.refusals());
      m.put("agentic_stop", (long) loop.stop().code());
    }
    if (agentic != null) {
      m.put("unanchored", (long) agentic.unanchored());
      m.put("refuted", (long) agentic.refuted());
    }
    if (raceStarted) {
      m.put("race_started", 1L);
    }
    return m;
  }

  /** Puts {@link #metrics()} into {@code line} in order. */
  public void writeTo(MetricLine line) {
    metrics().forEach(line::put);
  }
}

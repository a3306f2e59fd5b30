package org.securityguidance.agent.loop;

import java.util.Map;
import java.util.TreeMap;
import org.securityguidance.review.api.Usage;

/**
 * What a tool-use conversation did, for metrics and the debug log — never what was said: model requests, tool calls
 * per tool, calls answered with an error (sandbox refusals, failures, unknown tools, calls over the per-turn cap),
 * token usage, why the investigation stopped, whether a separate report request was needed, and the elapsed time.
 */
public record LoopStats(
    int turns, Map<String, Integer> toolCalls, int refusals, Usage usage, LoopStop stop, boolean reportTurn,
    long elapsedMillis) {

  public LoopStats {
    toolCalls = Map.copyOf(toolCalls);
    usage = usage == null ? Usage.NONE : usage;
  }

  /** Stats of a conversation that never ran. */
  public static LoopStats none(LoopStop stop) {
    return new LoopStats(0, Map.of(), 0, Usage.NONE, stop, false, 0);
  }

  /** Tool calls over all tools. */
  public int totalToolCalls() {
    return toolCalls.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Input, output and cache tokens summed (what the token budget counts). */
  public long tokens() {
    return usage.inputTokens() + usage.outputTokens() + usage.cacheReadTokens() + usage.cacheWriteTokens();
  }

  /** A one-line, content-free description for the debug log. */
  public String describe() {
    return "turns=" + turns + " tools=" + new TreeMap<>(toolCalls) + " refusals=" + refusals + " tokens=" + tokens()
        + " stop=" + stop + " report=" + reportTurn + " ms=" + elapsedMillis;
  }
}

package org.securityguidance.agent.loop;

import java.util.Map;
import java.util.TreeMap;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.Usage;

/** Counts what one conversation does while it runs (single-threaded); {@link #finish} freezes it into stats. */
final class Transcript {
  private final long startMillis;
  private final Map<String, Integer> toolCalls = new TreeMap<>();
  private int turns;
  private int refusals;
  private Usage usage = Usage.NONE;
  private long lastContextTokens;

  /** {@code estimatedFirstContext}: the first request's size guess, used before any usage is known. */
  Transcript(long startMillis, long estimatedFirstContext) {
    this.startMillis = startMillis;
    this.lastContextTokens = estimatedFirstContext;
  }

  void recordTurn(MessagesResponse response) {
    turns++;
    Usage u = response.usage() == null ? Usage.NONE : response.usage();
    usage = usage.plus(u);
    lastContextTokens = u.inputTokens() + u.cacheReadTokens() + u.cacheWriteTokens() + u.outputTokens();
  }

  void recordToolCall(String name, boolean error) {
    toolCalls.merge(name, 1, Integer::sum);
    if (error) {
      refusals++;
    }
  }

  int turns() {
    return turns;
  }

  long tokensUsed() {
    return usage.inputTokens() + usage.outputTokens() + usage.cacheReadTokens() + usage.cacheWriteTokens();
  }

  /** The size of the latest request plus its answer: roughly what the next request will read again. */
  long lastContextTokens() {
    return lastContextTokens;
  }

  LoopResult finish(LoopStop stop, String answer, boolean reportTurn, long nowMillis) {
    LoopStats stats = new LoopStats(turns, toolCalls, refusals, usage, stop, reportTurn,
        Math.max(0, nowMillis - startMillis));
    return new LoopResult(answer, stats);
  }
}

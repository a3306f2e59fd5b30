package org.securityguidance.usage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.securityguidance.telemetry.MetricLine;

/**
 * What one review cost: the models that answered, token counts, API calls, estimated dollars and HTTP errors. It
 * becomes the usage keys of the metrics line (spec §9.1, placed right after {@code pv}) and one usage-log entry.
 *
 * @param models distinct model ids in first-seen order
 * @param inputTokens uncached input tokens
 * @param outputTokens output tokens
 * @param cacheReadTokens input tokens read from the prompt cache
 * @param cacheWriteTokens input tokens written to the prompt cache
 * @param apiCalls API results recorded (successful calls)
 * @param costUsd estimated cost in US dollars
 * @param httpErrorCount failed HTTP attempts
 * @param lastHttpError status of the last failed attempt, -1 for network/timeout, 0 when none
 */
public record ReviewUsage(
    List<String> models,
    long inputTokens,
    long outputTokens,
    long cacheReadTokens,
    long cacheWriteTokens,
    int apiCalls,
    double costUsd,
    int httpErrorCount,
    int lastHttpError) {

  /** No call was made. */
  public static final ReviewUsage NONE = new ReviewUsage(List.of(), 0, 0, 0, 0, 0, 0, 0, 0);

  public ReviewUsage {
    models = List.copyOf(new LinkedHashSet<>(models));
    costUsd = Double.isFinite(costUsd) && costUsd > 0 ? costUsd : 0;
  }

  /** Both reviews' usage together (e.g. two review legs). */
  public ReviewUsage plus(ReviewUsage other) {
    List<String> all = new ArrayList<>(models);
    all.addAll(other.models);
    return new ReviewUsage(all, inputTokens + other.inputTokens, outputTokens + other.outputTokens,
        cacheReadTokens + other.cacheReadTokens, cacheWriteTokens + other.cacheWriteTokens,
        apiCalls + other.apiCalls, costUsd + other.costUsd, httpErrorCount + other.httpErrorCount,
        other.httpErrorCount > 0 ? other.lastHttpError : lastHttpError);
  }

  /**
   * Appends the usage keys: tokens, cost and call count only when an API result was recorded, the two HTTP error keys
   * only when an attempt failed (spec §9.1). Call right after the line's {@code pv}.
   */
  public MetricLine addTo(MetricLine line) {
    if (apiCalls > 0) {
      line.put("tok_in", inputTokens).put("tok_out", outputTokens).put("tok_cache_r", cacheReadTokens)
          .put("tok_cache_w", cacheWriteTokens).put("cost_usd", roundedCost()).put("api_calls", apiCalls);
    }
    if (httpErrorCount > 0) {
      line.put("http_err_last", lastHttpError).put("http_err_count", httpErrorCount);
    }
    return line;
  }

  /** The cost rounded to 6 decimals, as reported. */
  public double roundedCost() {
    return Math.round(costUsd * 1e6) / 1e6;
  }
}

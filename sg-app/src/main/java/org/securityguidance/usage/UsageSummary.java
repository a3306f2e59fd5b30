package org.securityguidance.usage;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over usage-log entries: reviews by outcome and layer, findings, tokens, API calls, estimated cost, and how
 * many reviews each model served.
 *
 * @param days the window in days
 * @param reviews entries counted
 * @param byOutcome reviews per outcome (every outcome present, zero included)
 * @param byLayer reviews per layer that occurred
 * @param byModel reviews per model id, sorted by id
 * @param findings findings reported
 * @param inputTokens uncached input tokens
 * @param outputTokens output tokens
 * @param cacheReadTokens cache-read tokens
 * @param cacheWriteTokens cache-write tokens
 * @param apiCalls API results
 * @param costUsd estimated cost
 * @param filesSent files sent
 * @param totalReviewMs summed review time
 */
public record UsageSummary(
    int days,
    int reviews,
    Map<ReviewOutcome, Integer> byOutcome,
    Map<ReviewLayer, Integer> byLayer,
    Map<String, Integer> byModel,
    long findings,
    long inputTokens,
    long outputTokens,
    long cacheReadTokens,
    long cacheWriteTokens,
    long apiCalls,
    double costUsd,
    long filesSent,
    long totalReviewMs) {

  /** Adds up {@code entries}. */
  public static UsageSummary of(int days, List<UsageEntry> entries) {
    Map<ReviewOutcome, Integer> outcomes = new EnumMap<>(ReviewOutcome.class);
    for (ReviewOutcome o : ReviewOutcome.values()) {
      outcomes.put(o, 0);
    }
    Map<ReviewLayer, Integer> layers = new EnumMap<>(ReviewLayer.class);
    Map<String, Integer> models = new TreeMap<>();
    long findings = 0;
    long in = 0;
    long out = 0;
    long cacheR = 0;
    long cacheW = 0;
    long calls = 0;
    double cost = 0;
    long files = 0;
    long ms = 0;
    for (UsageEntry e : entries) {
      outcomes.merge(e.outcome(), 1, Integer::sum);
      layers.merge(e.layer(), 1, Integer::sum);
      e.usage().models().forEach(m -> models.merge(m, 1, Integer::sum));
      ReviewUsage u = e.usage();
      findings += e.findings();
      in += u.inputTokens();
      out += u.outputTokens();
      cacheR += u.cacheReadTokens();
      cacheW += u.cacheWriteTokens();
      calls += u.apiCalls();
      cost += u.costUsd();
      files += e.filesSent();
      ms += e.reviewMs();
    }
    return new UsageSummary(days, entries.size(), outcomes, layers, models, findings, in, out, cacheR, cacheW, calls,
        cost, files, ms);
  }

  /** A few aligned lines for people. */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append("security-guidance usage, last ").append(days).append(days == 1 ? " day" : " days").append('\n');
    if (reviews == 0) {
      return s.append("  no reviews recorded\n").toString();
    }
    row(s, "reviews", reviews + " (findings " + byOutcome.get(ReviewOutcome.FINDINGS) + ", clean "
        + byOutcome.get(ReviewOutcome.CLEAN) + ", unavailable " + byOutcome.get(ReviewOutcome.UNAVAILABLE) + ")");
    row(s, "findings", Long.toString(findings));
    row(s, "tokens", "input " + grouped(inputTokens) + ", output " + grouped(outputTokens) + ", cache read "
        + grouped(cacheReadTokens) + ", cache write " + grouped(cacheWriteTokens));
    row(s, "api calls", Long.toString(apiCalls));
    row(s, "est. cost", String.format(Locale.ROOT, "$%.4f", costUsd));
    row(s, "files sent", Long.toString(filesSent));
    row(s, "avg time", (totalReviewMs / reviews) + " ms per review");
    row(s, "by layer", joined(byLayerNames()));
    if (!byModel.isEmpty()) {
      row(s, "by model", joined(byModel));
    }
    return s.toString();
  }

  /** The same numbers as a JSON-ready map (stable key order). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("days", (long) days);
    m.put("reviews", (long) reviews);
    Map<String, Object> outcomes = new LinkedHashMap<>();
    byOutcome.forEach((k, v) -> outcomes.put(k.wireName(), (long) v));
    m.put("outcomes", outcomes);
    Map<String, Object> layers = new LinkedHashMap<>();
    byLayerNames().forEach((k, v) -> layers.put(k, (long) v));
    m.put("layers", layers);
    Map<String, Object> models = new LinkedHashMap<>();
    byModel.forEach((k, v) -> models.put(k, (long) v));
    m.put("models", models);
    m.put("findings", findings);
    m.put("input_tokens", inputTokens);
    m.put("output_tokens", outputTokens);
    m.put("cache_read_tokens", cacheReadTokens);
    m.put("cache_write_tokens", cacheWriteTokens);
    m.put("api_calls", apiCalls);
    m.put("estimated_cost_usd", Math.round(costUsd * 1e6) / 1e6);
    m.put("files_sent", filesSent);
    m.put("review_ms", totalReviewMs);
    return m;
  }

  private Map<String, Integer> byLayerNames() {
    Map<String, Integer> names = new LinkedHashMap<>();
    byLayer.forEach((k, v) -> names.put(k.wireName(), v));
    return names;
  }

  private static void row(StringBuilder s, String label, String value) {
    s.append("  ").append(String.format(Locale.ROOT, "%-11s", label)).append(value).append('\n');
  }

  private static String joined(Map<String, Integer> counts) {
    StringBuilder s = new StringBuilder();
    counts.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return s.toString();
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}

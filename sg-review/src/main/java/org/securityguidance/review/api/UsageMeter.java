package org.securityguidance.review.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the API usage of one hook process (spec §9.1–9.2): tokens, calls, estimated or reported cost, and HTTP
 * failures. Thread-safe, because dual-OR legs and race threads record concurrently; each call records its own
 * numbers, so no status can leak from one leg into another (§13.5).
 */
public final class UsageMeter {
  public static final String SOURCE_PRICE_TABLE = "plugin_price_table";
  public static final String SOURCE_SDK = "sdk_reported";

  /** An immutable view of the totals. */
  public record Snapshot(Usage tokens, long apiCalls, double costUsd, long httpErrorCount, int httpErrorLast,
      List<String> modelIds, List<String> costSources) {
    public Snapshot {
      modelIds = List.copyOf(modelIds);
      costSources = List.copyOf(costSources);
    }
  }

  private Usage tokens = Usage.NONE;
  private long apiCalls;
  private double costUsd;
  private long httpErrorCount;
  private int httpErrorLast;
  private final List<String> modelIds = new ArrayList<>();
  private boolean priceTableUsed;
  private boolean sdkReported;

  /** Records one successful call; the cost is the reported one when present, else the price-table estimate. */
  public synchronized void recordCall(String model, Usage usage, Double reportedCostUsd) {
    Usage u = usage == null ? Usage.NONE : usage;
    tokens = tokens.plus(u);
    apiCalls++;
    if (reportedCostUsd != null && Double.isFinite(reportedCostUsd) && reportedCostUsd >= 0) {
      costUsd += reportedCostUsd;
      sdkReported = true;
    } else {
      costUsd += PriceTable.cost(model, u);
      priceTableUsed = true;
    }
    if (model != null && !model.isEmpty() && !modelIds.contains(model)) {
      modelIds.add(model);
    }
  }

  /** Records a successful response (the answering model, else the requested one). */
  public void record(MessagesResponse response, String requestedModel) {
    String model = response.model() == null || response.model().isEmpty() ? requestedModel : response.model();
    recordCall(model, response.usage(), response.reportedCostUsd());
  }

  /** Records a failed call: its HTTP status, or -1 for network, timeout and CLI failures. */
  public synchronized void recordError(int status) {
    httpErrorCount++;
    httpErrorLast = status > 0 ? status : -1;
  }

  public synchronized Snapshot snapshot() {
    List<String> sources = new ArrayList<>(2);
    if (priceTableUsed) {
      sources.add(SOURCE_PRICE_TABLE);
    }
    if (sdkReported) {
      sources.add(SOURCE_SDK);
    }
    return new Snapshot(tokens, apiCalls, costUsd, httpErrorCount, httpErrorLast, modelIds, sources);
  }

  /**
   * The metric keys in emission order: usage keys when at least one call succeeded, error keys when at least one
   * failed; numbers only (a string value would make Claude Code drop the whole metrics object).
   */
  public Map<String, Object> toMetrics() {
    Snapshot s = snapshot();
    Map<String, Object> m = new LinkedHashMap<>();
    if (s.apiCalls() > 0) {
      m.put("tok_in", s.tokens().inputTokens());
      m.put("tok_out", s.tokens().outputTokens());
      m.put("tok_cache_r", s.tokens().cacheReadTokens());
      m.put("tok_cache_w", s.tokens().cacheWriteTokens());
      m.put("cost_usd", BigDecimal.valueOf(s.costUsd()).setScale(6, RoundingMode.HALF_UP).doubleValue());
      m.put("api_calls", s.apiCalls());
    }
    if (s.httpErrorCount() > 0) {
      m.put("http_err_last", (long) s.httpErrorLast());
      m.put("http_err_count", s.httpErrorCount());
    }
    return m;
  }
}

package org.securityguidance.usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.securityguidance.json.JsonView;

/**
 * One line of the local usage log: when, which layer, how it ended, what it cost, how much was sent. By construction
 * it holds no path, prompt, code, finding text, header or key — only ids, counts and timings (issue 3 §5).
 *
 * @param epochSeconds when the review finished
 * @param layer the surface that ran it
 * @param outcome how it ended
 * @param usage models, tokens, calls, cost, HTTP errors
 * @param findings findings reported
 * @param filesSent files in the request
 * @param truncatedChars characters the size caps removed
 * @param reviewMs wall-clock duration
 * @param errorCode the unavailable reason's code, 0 when the review completed
 */
public record UsageEntry(
    long epochSeconds,
    ReviewLayer layer,
    ReviewOutcome outcome,
    ReviewUsage usage,
    int findings,
    int filesSent,
    long truncatedChars,
    long reviewMs,
    int errorCode) {

  /** A model id as the API names them; anything else (a path, a prompt fragment) is never written. */
  private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}");
  private static final int MAX_MODELS = 8;

  public UsageEntry {
    usage = new ReviewUsage(safeModels(usage.models()), usage.inputTokens(), usage.outputTokens(),
        usage.cacheReadTokens(), usage.cacheWriteTokens(), usage.apiCalls(), usage.costUsd(), usage.httpErrorCount(),
        usage.lastHttpError());
  }

  /** The log line's JSON object, keys in a fixed order. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ts", epochSeconds);
    m.put("layer", layer.wireName());
    m.put("outcome", outcome.wireName());
    m.put("models", new ArrayList<Object>(usage.models()));
    m.put("tok_in", usage.inputTokens());
    m.put("tok_out", usage.outputTokens());
    m.put("tok_cache_r", usage.cacheReadTokens());
    m.put("tok_cache_w", usage.cacheWriteTokens());
    m.put("api_calls", (long) usage.apiCalls());
    m.put("cost_usd", usage.roundedCost());
    m.put("http_err_count", (long) usage.httpErrorCount());
    m.put("http_err_last", (long) usage.lastHttpError());
    m.put("findings", (long) findings);
    m.put("files_sent", (long) filesSent);
    m.put("truncated_chars", truncatedChars);
    m.put("review_ms", reviewMs);
    m.put("error", (long) errorCode);
    return m;
  }

  /** Reads a logged object back; null when it is not a usage entry (a foreign or damaged line). */
  public static UsageEntry fromJson(Map<String, Object> m) {
    ReviewLayer layer = ReviewLayer.fromWire(JsonView.string(m, "layer"));
    ReviewOutcome outcome = ReviewOutcome.fromWire(JsonView.string(m, "outcome"));
    long ts = JsonView.number(m, "ts", -1);
    if (layer == null || outcome == null || ts < 0) {
      return null;
    }
    List<String> models = new ArrayList<>();
    JsonView.array(m, "models").forEach(v -> {
      if (v instanceof String s) {
        models.add(s);
      }
    });
    double cost = m.get("cost_usd") instanceof Number n ? n.doubleValue() : 0;
    ReviewUsage usage = new ReviewUsage(models, count(m, "tok_in"), count(m, "tok_out"), count(m, "tok_cache_r"),
        count(m, "tok_cache_w"), (int) count(m, "api_calls"), cost, (int) count(m, "http_err_count"),
        (int) JsonView.number(m, "http_err_last", 0));
    return new UsageEntry(ts, layer, outcome, usage, (int) count(m, "findings"), (int) count(m, "files_sent"),
        count(m, "truncated_chars"), count(m, "review_ms"), (int) count(m, "error"));
  }

  private static long count(Map<String, Object> m, String key) {
    return Math.max(0, Math.min(JsonView.number(m, key, 0), Integer.MAX_VALUE * 1024L));
  }

  private static List<String> safeModels(List<String> models) {
    List<String> out = new ArrayList<>();
    for (String id : models) {
      if (out.size() < MAX_MODELS) {
        out.add(id != null && MODEL_ID.matcher(id).matches() ? id : "other");
      }
    }
    return out;
  }
}

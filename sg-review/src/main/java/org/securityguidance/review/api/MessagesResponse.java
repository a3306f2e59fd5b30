package org.securityguidance.review.api;

import java.util.List;
import java.util.Map;

/**
 * A successful Messages API reply: stop reason, content blocks (JSON shape), usage, the model that answered, and
 * the cost the third-party CLI reported ({@code null} when the price table must estimate it, spec §9.2).
 */
public record MessagesResponse(
    String stopReason, List<Map<String, Object>> content, Usage usage, String model, Double reportedCostUsd) {
  public MessagesResponse {
    content = List.copyOf(content);
  }

  /** A reply without a reported cost (every direct HTTP reply). */
  public MessagesResponse(String stopReason, List<Map<String, Object>> content, Usage usage, String model) {
    this(stopReason, content, usage, model, null);
  }

  /** The text of the first {@code text} block, or {@code null}. */
  public String firstText() {
    for (Map<String, Object> block : content) {
      if ("text".equals(block.get("type")) && block.get("text") instanceof String s) {
        return s;
      }
    }
    return null;
  }
}

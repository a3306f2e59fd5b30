package org.securityguidance.review.api;

import java.util.List;
import java.util.Map;

/** A successful Messages API reply: stop reason, content blocks (JSON shape), usage, and the model that answered. */
public record MessagesResponse(String stopReason, List<Map<String, Object>> content, Usage usage, String model) {
  public MessagesResponse {
    content = List.copyOf(content);
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

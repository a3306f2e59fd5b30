package org.securityguidance.review.prompt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assembled single-shot prompt: the static rubric (identical on every call, so the API can cache it), the
 * per-call request (instructions, earlier findings, the delimited files, org policy) and the delimiter token used.
 */
public record ReviewPrompt(String rubric, String request, String nonce) {

  /** One user message whose first block, the rubric, is marked for prompt caching (spec llm-review §4.5 V-HDR). */
  public List<Map<String, Object>> messages() {
    Map<String, Object> rubricBlock = new LinkedHashMap<>();
    rubricBlock.put("type", "text");
    rubricBlock.put("text", rubric);
    rubricBlock.put("cache_control", Map.of("type", "ephemeral"));
    Map<String, Object> requestBlock = new LinkedHashMap<>();
    requestBlock.put("type", "text");
    requestBlock.put("text", request);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("role", "user");
    message.put("content", List.of(rubricBlock, requestBlock));
    return List.of(message);
  }

  /** Rubric and request as one string, for transports that take plain text (the third-party CLI path). */
  public String singleText() {
    return rubric + "\n\n" + request;
  }
}

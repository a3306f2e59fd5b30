package org.securityguidance.agent.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assembled stage-1 prompt: our investigation method (system), the shared review rubric (cacheable, identical on
 * every call), the per-commit request with the diff as delimited untrusted data, and the delimiter token used.
 */
public record InvestigationPrompt(String system, String rubric, String request, String nonce) {

  /** The first user message's blocks: the rubric marked for prompt caching, then the request. */
  public List<Map<String, Object>> firstUserContent() {
    Map<String, Object> rubricBlock = new LinkedHashMap<>();
    rubricBlock.put("type", "text");
    rubricBlock.put("text", rubric);
    rubricBlock.put("cache_control", Map.of("type", "ephemeral"));
    Map<String, Object> requestBlock = new LinkedHashMap<>();
    requestBlock.put("type", "text");
    requestBlock.put("text", request);
    return List.of(rubricBlock, requestBlock);
  }

  /** Rubric and request as one text (the third-party CLI takes the prompt on stdin). */
  public String singleText() {
    return rubric + "\n\n" + request;
  }
}

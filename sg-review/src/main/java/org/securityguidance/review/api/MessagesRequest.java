package org.securityguidance.review.api;

import java.util.List;
import java.util.Map;

/**
 * A Messages API request in JSON shape. {@code messages} and {@code tools} are JSON-ready maps (roles, content
 * blocks, tool schemas) so the agentic loop can reuse the same client; {@code outputSchema} (nullable) requests
 * structured output. Thinking and effort settings are chosen by the transport from the model name.
 */
public record MessagesRequest(
    String model,
    int maxTokens,
    String system,
    List<Map<String, Object>> messages,
    Map<String, Object> outputSchema,
    List<Map<String, Object>> tools) {

  public MessagesRequest {
    messages = List.copyOf(messages);
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

  /** The same request on another model (fallback). */
  public MessagesRequest withModel(String otherModel) {
    return new MessagesRequest(otherModel, maxTokens, system, messages, outputSchema, tools);
  }
}

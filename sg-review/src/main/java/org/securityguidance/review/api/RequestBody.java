package org.securityguidance.review.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON body of {@code POST /v1/messages} (spec §4.5): model, max_tokens, system, messages, tools,
 * {@code output_config} (structured output format, plus {@code effort} on adaptive models), and thinking chosen by
 * model family. Never sends the deprecated top-level {@code output_format}, sampling knobs or streaming.
 */
public final class RequestBody {
  /** The only system prompt a subscription token is accepted with (spec §4.2). */
  public static final String SUBSCRIPTION_SYSTEM_PROMPT =
      "You are a Claude agent, built on Anthropic's Claude Agent SDK.";
  static final String EFFORT = "high";

  private RequestBody() {}

  /** The body as a JSON-ready map; {@code subscription} applies the exact-system-prompt rule. */
  public static Map<String, Object> of(MessagesRequest request, boolean subscription) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", request.model());
    body.put("max_tokens", (long) request.maxTokens());
    List<Map<String, Object>> messages = request.messages();
    if (subscription) {
      body.put("system", SUBSCRIPTION_SYSTEM_PROMPT);
      messages = moveSystemIntoFirstUserMessage(request.system(), messages);
    } else if (request.system() != null && !request.system().isEmpty()) {
      body.put("system", request.system());
    }
    body.put("messages", messages);
    if (!request.tools().isEmpty()) {
      body.put("tools", request.tools());
    }
    boolean legacy = Models.usesLegacyThinking(request.model());
    Map<String, Object> outputConfig = new LinkedHashMap<>();
    if (request.outputSchema() != null) {
      Map<String, Object> format = new LinkedHashMap<>();
      format.put("type", "json_schema");
      format.put("schema", request.outputSchema());
      outputConfig.put("format", format);
    }
    if (!legacy) {
      outputConfig.put("effort", EFFORT);
    }
    if (!outputConfig.isEmpty()) {
      body.put("output_config", outputConfig);
    }
    Map<String, Object> thinking = thinking(legacy, request.maxTokens());
    if (thinking != null) {
      body.put("thinking", thinking);
    }
    return body;
  }

  private static Map<String, Object> thinking(boolean legacy, int maxTokens) {
    Map<String, Object> thinking = new LinkedHashMap<>();
    if (!legacy) {
      thinking.put("type", "adaptive");
      return thinking;
    }
    // The budget must stay below max_tokens and at or above the API minimum, else the request is rejected.
    int budget = Math.min(Models.LEGACY_THINKING_BUDGET, maxTokens - 1);
    if (budget < Models.MIN_THINKING_BUDGET) {
      return null;
    }
    thinking.put("type", "enabled");
    thinking.put("budget_tokens", (long) budget);
    return thinking;
  }

  /** Subscription tokens reject any other system text, so it travels as the first block of the first user turn. */
  private static List<Map<String, Object>> moveSystemIntoFirstUserMessage(
      String system, List<Map<String, Object>> messages) {
    if (system == null || system.isEmpty() || system.equals(SUBSCRIPTION_SYSTEM_PROMPT) || messages.isEmpty()
        || !"user".equals(messages.get(0).get("role"))) {
      return messages;
    }
    Map<String, Object> first = new LinkedHashMap<>(messages.get(0));
    List<Object> blocks = new ArrayList<>();
    blocks.add(textBlock(system));
    Object content = first.get("content");
    if (content instanceof List<?> list) {
      blocks.addAll(list);
    } else if (content != null) {
      blocks.add(textBlock(String.valueOf(content)));
    }
    first.put("content", blocks);
    List<Map<String, Object>> out = new ArrayList<>(messages);
    out.set(0, first);
    return out;
  }

  private static Map<String, Object> textBlock(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }
}

package org.securityguidance.e2e;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * Encodes a {@link ModelTurn} as the streamed Messages API reply the CLI reads: {@code message_start}, per block
 * {@code content_block_start/delta/stop} ({@code text_delta} or {@code input_json_delta}), {@code message_delta} with
 * the stop reason, {@code message_stop} (docs/e2e.md, "What the CLI needs from the fake").
 */
final class Sse {
  private final StringBuilder out = new StringBuilder();

  private Sse() {}

  /** The whole event stream of one turn, as UTF-8 bytes. */
  static byte[] encode(ModelTurn turn, String model) {
    Sse sse = new Sse();
    sse.event("message_start", Map.of("type", "message_start", "message", startMessage(model)));
    List<Map<String, Object>> blocks = turn.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      sse.block(i, blocks.get(i));
    }
    Map<String, Object> delta = new LinkedHashMap<>();
    delta.put("stop_reason", turn.stopReason());
    delta.put("stop_sequence", Json.NULL);
    sse.event("message_delta", Map.of("type", "message_delta", "delta", delta, "usage", Map.of("output_tokens", 12L)));
    sse.event("message_stop", Map.of("type", "message_stop"));
    return sse.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> startMessage(String model) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", "msg_e2e");
    message.put("type", "message");
    message.put("role", "assistant");
    message.put("model", model);
    message.put("content", List.of());
    message.put("stop_reason", Json.NULL);
    message.put("stop_sequence", Json.NULL);
    message.put("usage", Map.of("input_tokens", 40L, "output_tokens", 1L));
    return message;
  }

  private void block(int index, Map<String, Object> block) {
    boolean tool = "tool_use".equals(block.get("type"));
    Map<String, Object> start = new LinkedHashMap<>();
    Map<String, Object> delta = new LinkedHashMap<>();
    if (tool) {
      start.put("type", "tool_use");
      start.put("id", block.get("id"));
      start.put("name", block.get("name"));
      start.put("input", Map.of());
      delta.put("type", "input_json_delta");
      delta.put("partial_json", Json.write(block.get("input")));
    } else {
      start.put("type", "text");
      start.put("text", "");
      delta.put("type", "text_delta");
      delta.put("text", block.get("text"));
    }
    event("content_block_start", Map.of("type", "content_block_start", "index", (long) index, "content_block", start));
    event("content_block_delta", Map.of("type", "content_block_delta", "index", (long) index, "delta", delta));
    event("content_block_stop", Map.of("type", "content_block_stop", "index", (long) index));
  }

  private void event(String name, Map<String, Object> data) {
    out.append("event: ").append(name).append('\n').append("data: ").append(Json.write(data)).append("\n\n");
  }
}

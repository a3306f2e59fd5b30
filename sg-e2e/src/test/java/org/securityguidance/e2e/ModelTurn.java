package org.securityguidance.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted answer of the fake model to the Claude Code CLI: text and tool calls in order, and the stop reason
 * ({@code tool_use} when the turn calls a tool, so the CLI runs it and asks again).
 */
record ModelTurn(List<Map<String, Object>> blocks, String stopReason) {
  ModelTurn {
    blocks = List.copyOf(blocks);
  }

  /** A final answer: one text block, {@code end_turn}. */
  static ModelTurn say(String text) {
    return new ModelTurn(List.of(text(text)), "end_turn");
  }

  /** A turn that writes {@code content} to the absolute path {@code file} with the Write tool. */
  static ModelTurn write(String id, String file, String content) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("file_path", file);
    input.put("content", content);
    return toolCall(id, "Write", input);
  }

  /** A turn that runs one shell command with the Bash tool. */
  static ModelTurn bash(String id, String command) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("command", command);
    input.put("description", "scripted by the e2e test");
    return toolCall(id, "Bash", input);
  }

  private static ModelTurn toolCall(String id, String tool, Map<String, Object> input) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    blocks.add(text("On it."));
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("type", "tool_use");
    call.put("id", id);
    call.put("name", tool);
    call.put("input", input);
    blocks.add(call);
    return new ModelTurn(blocks, "tool_use");
  }

  private static Map<String, Object> text(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }
}

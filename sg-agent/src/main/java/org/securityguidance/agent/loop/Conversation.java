package org.securityguidance.agent.loop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message list of a tool-use conversation. Assistant content is kept exactly as received (thinking blocks and
 * their signatures must go back unchanged), and each request marks the newest block for prompt caching, so every turn
 * reads the previous turns from the cache instead of paying for them again (spec llm-review §13.7).
 */
final class Conversation {
  private static final Map<String, Object> EPHEMERAL = Map.of("type", "ephemeral");

  private final List<Map<String, Object>> messages = new ArrayList<>();

  Conversation(List<Map<String, Object>> firstUserContent) {
    messages.add(message("user", firstUserContent));
  }

  void assistant(List<Map<String, Object>> content) {
    messages.add(message("assistant", content));
  }

  /** Adds user content: appended to the last message when that is a user turn (roles must alternate). */
  void user(List<Map<String, Object>> content) {
    Map<String, Object> last = messages.get(messages.size() - 1);
    if ("user".equals(last.get("role"))) {
      List<Object> merged = new ArrayList<>(blocks(last));
      merged.addAll(content);
      last.put("content", merged);
    } else {
      messages.add(message("user", content));
    }
  }

  /** The {@code tool_use} blocks of the last message when it is the assistant's, else none. */
  List<Map<String, Object>> unansweredToolUses() {
    Map<String, Object> last = messages.get(messages.size() - 1);
    if (!"assistant".equals(last.get("role"))) {
      return List.of();
    }
    return toolUses(blocks(last));
  }

  /** A copy for one request, with a cache breakpoint on the last block of the newest user turn. */
  List<Map<String, Object>> forRequest() {
    List<Map<String, Object>> out = new ArrayList<>(messages.size());
    for (Map<String, Object> m : messages) {
      out.add(new LinkedHashMap<>(m));
    }
    Map<String, Object> last = out.get(out.size() - 1);
    if ("user".equals(last.get("role"))) {
      List<Object> content = new ArrayList<>(blocks(last));
      if (!content.isEmpty() && content.get(content.size() - 1) instanceof Map<?, ?> block) {
        Map<Object, Object> marked = new LinkedHashMap<>(block);
        marked.put("cache_control", EPHEMERAL);
        content.set(content.size() - 1, marked);
        last.put("content", content);
      }
    }
    return out;
  }

  /** The {@code tool_use} blocks among {@code content}, in order. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> toolUses(List<?> content) {
    List<Map<String, Object>> uses = new ArrayList<>();
    for (Object block : content) {
      if (block instanceof Map<?, ?> m && "tool_use".equals(m.get("type"))) {
        uses.add((Map<String, Object>) m);
      }
    }
    return uses;
  }

  /** The text blocks of {@code content} joined by newlines ({@code ""} when there are none). */
  static String text(List<Map<String, Object>> content) {
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> block : content) {
      if ("text".equals(block.get("type")) && block.get("text") instanceof String s) {
        out.append(out.length() == 0 ? "" : "\n").append(s);
      }
    }
    return out.toString();
  }

  static Map<String, Object> textBlock(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }

  private static List<?> blocks(Map<String, Object> message) {
    return message.get("content") instanceof List<?> l ? l : List.of();
  }

  private static Map<String, Object> message(String role, List<? extends Object> content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", role);
    m.put("content", new ArrayList<Object>(content));
    return m;
  }
}

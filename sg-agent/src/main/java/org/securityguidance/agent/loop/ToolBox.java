package org.securityguidance.agent.loop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.agent.tools.Tool;
import org.securityguidance.agent.tools.ToolResult;
import org.securityguidance.sys.Deadline;

/**
 * The tools offered to the model, and the execution of one turn's {@code tool_use} blocks into {@code tool_result}
 * blocks in the same order. Nothing a tool call does ends the review: an unknown tool, a malformed input, a call over
 * the per-turn cap, a thrown exception or a refusal all become an {@code is_error} result the model can react to.
 */
public final class ToolBox {
  /** Calls answered per turn; more in one turn are refused (a model looping on parallel calls must not run away). */
  public static final int MAX_CALLS_PER_TURN = 10;
  /** Characters of one result sent to the model; tools bound their own output, this is the loop's backstop. */
  public static final int MAX_RESULT_CHARS = 100_000;
  /** Characters of all results of one turn; later calls of that turn are refused once it is reached. */
  public static final int MAX_TURN_RESULT_CHARS = 200_000;
  static final String UNKNOWN = "unknown";

  /** Runs one call of a named tool (a tool set's dispatcher, e.g. {@code ToolSet::execute}). */
  @FunctionalInterface
  public interface Dispatcher {
    ToolResult execute(String name, Map<String, Object> input);
  }

  private final List<String> names;
  private final List<Map<String, Object>> definitions;
  private final Dispatcher dispatcher;

  /** The given tools, each answering for its own name. */
  public ToolBox(List<? extends Tool> tools) {
    Map<String, Tool> byName = new LinkedHashMap<>();
    for (Tool tool : tools) {
      if (byName.putIfAbsent(tool.name(), tool) != null) {
        throw new IllegalArgumentException("two tools named " + tool.name());
      }
    }
    this.names = List.copyOf(byName.keySet());
    List<Map<String, Object>> defs = new ArrayList<>(byName.size());
    byName.values().forEach(t -> defs.add(t.definition()));
    this.definitions = Collections.unmodifiableList(defs);
    this.dispatcher = (name, input) -> byName.get(name).execute(input);
  }

  private ToolBox(List<String> names, List<Map<String, Object>> definitions, Dispatcher dispatcher) {
    this.names = List.copyOf(names);
    this.definitions = List.copyOf(definitions);
    this.dispatcher = dispatcher;
  }

  /** Tools behind one dispatcher: {@code ToolBox.of(set.names(), set.definitions(), set::execute)}. */
  public static ToolBox of(List<String> names, List<Map<String, Object>> definitions, Dispatcher dispatcher) {
    return new ToolBox(names, definitions, dispatcher);
  }

  /** The Messages API {@code tools} array. */
  public List<Map<String, Object>> definitions() {
    return definitions;
  }

  /** The tool names, in the order offered. */
  public List<String> names() {
    return names;
  }

  /** Runs {@code toolUses} in order and returns one result block per call, in the same order. */
  List<Map<String, Object>> run(List<Map<String, Object>> toolUses, Transcript transcript, Deadline deadline) {
    List<Map<String, Object>> results = new ArrayList<>(toolUses.size());
    long turnChars = 0;
    for (int i = 0; i < toolUses.size(); i++) {
      Map<String, Object> use = toolUses.get(i);
      String id = use.get("id") instanceof String s ? s : "";
      String tool = use.get("name") instanceof String name && names.contains(name) ? name : null;
      ToolResult outcome;
      if (i >= MAX_CALLS_PER_TURN) {
        outcome = ToolResult.error("Not run: at most " + MAX_CALLS_PER_TURN + " tool calls are answered per turn.");
      } else if (deadline.expired()) {
        outcome = ToolResult.error("Not run: the review's time is up.");
      } else if (turnChars >= MAX_TURN_RESULT_CHARS) {
        outcome = ToolResult.error("Not run: this turn's results already reached the size limit; ask again with a"
            + " narrower request.");
      } else if (tool == null) {
        outcome = ToolResult.error("Unknown tool. Available tools: " + String.join(", ", names) + ".");
      } else {
        outcome = execute(tool, use.get("input"));
      }
      transcript.recordToolCall(tool == null ? UNKNOWN : tool, outcome.error());
      Map<String, Object> block = resultBlock(id, outcome);
      turnChars += ((String) block.get("content")).length();
      results.add(block);
    }
    return results;
  }

  @SuppressWarnings("unchecked")
  private ToolResult execute(String tool, Object input) {
    if (!(input instanceof Map<?, ?> map)) {
      return ToolResult.error("The tool input must be a JSON object.");
    }
    try {
      ToolResult result = dispatcher.execute(tool, (Map<String, Object>) map);
      return result == null ? ToolResult.error("The tool returned nothing.") : result;
    } catch (RuntimeException e) {
      // Only the exception type: a message could quote file content, and the debug log must never carry that.
      return ToolResult.error("The tool failed (" + e.getClass().getSimpleName() + ").");
    }
  }

  /** A {@code tool_result} block; empty text is replaced because the API rejects empty result content. */
  static Map<String, Object> resultBlock(String toolUseId, ToolResult outcome) {
    String text = outcome.text() == null || outcome.text().isEmpty() ? "(no output)" : outcome.text();
    if (text.length() > MAX_RESULT_CHARS) {
      int cut = Character.isHighSurrogate(text.charAt(MAX_RESULT_CHARS - 1)) ? MAX_RESULT_CHARS - 1 : MAX_RESULT_CHARS;
      text = text.substring(0, cut) + "\n[truncated by security-guidance: " + (text.length() - cut)
          + " more characters]";
    }
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "tool_result");
    block.put("tool_use_id", toolUseId);
    block.put("content", text);
    if (outcome.error()) {
      block.put("is_error", Boolean.TRUE);
    }
    return block;
  }
}

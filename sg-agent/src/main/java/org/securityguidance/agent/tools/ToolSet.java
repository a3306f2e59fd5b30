package org.securityguidance.agent.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.agent.sandbox.RepoSandbox;

/**
 * The Read, Grep and Glob tools of one review, bound to one {@link RepoSandbox}: their Messages API definitions, a
 * dispatcher that never throws, and usage counters for metrics.
 */
public final class ToolSet {
  private final RepoSandbox sandbox;
  private final ToolCounters counters = new ToolCounters();
  private final Map<String, Tool> tools = new LinkedHashMap<>();

  /** The three tools over {@code sandbox} with {@code limits}. */
  public ToolSet(RepoSandbox sandbox, ToolLimits limits) {
    this.sandbox = sandbox;
    for (Tool tool : List.of(new ReadTool(sandbox, limits, counters), new GrepTool(sandbox, limits, counters),
        new GlobTool(sandbox, limits, counters))) {
      tools.put(tool.name(), tool);
    }
  }

  /** The three tools with {@link ToolLimits#defaults()}. */
  public static ToolSet standard(RepoSandbox sandbox) {
    return new ToolSet(sandbox, ToolLimits.defaults());
  }

  /** Tool names in definition order: {@code Read}, {@code Grep}, {@code Glob}. */
  public List<String> names() {
    return List.copyOf(tools.keySet());
  }

  /** The Messages API {@code tools} array entries (name, description, input_schema). */
  public List<Map<String, Object>> definitions() {
    List<Map<String, Object>> out = new ArrayList<>();
    tools.values().forEach(t -> out.add(t.definition()));
    return out;
  }

  /**
   * Runs tool {@code name} on the model's {@code input}. Never throws: an unknown tool, bad input or an unexpected
   * failure becomes an error result the model can read.
   */
  public ToolResult execute(String name, Map<String, Object> input) {
    ToolResult result;
    Tool tool = name == null ? null : tools.get(name);
    if (tool == null) {
      result = ToolResult.error("Unknown tool '" + Refused.shown(name) + "'; available tools: " + names());
    } else {
      result = safely(tool, input);
    }
    counters.call(result);
    return result;
  }

  /** Counters so far (calls, errors, refusals, truncations, bytes returned and read). */
  public ToolStats stats() {
    return counters.snapshot(sandbox.bytesRead());
  }

  private static ToolResult safely(Tool tool, Map<String, Object> input) {
    try {
      return tool.execute(input == null ? Map.of() : input);
    } catch (BadToolInput e) {
      return ToolResult.error("Invalid input for " + tool.name() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return ToolResult.error(tool.name() + " failed (" + e.getClass().getSimpleName() + ")");
    }
  }
}

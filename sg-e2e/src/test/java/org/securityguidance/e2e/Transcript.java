package org.securityguidance.e2e;

import java.util.List;
import java.util.Map;
import org.securityguidance.json.JsonView;

/**
 * What one CLI run printed on its {@code stream-json} stdout, parsed line by line, with its exit code, whether the
 * hard timeout hit, how long it took and how many leftover processes had to be killed after it.
 */
record Transcript(List<Map<String, Object>> lines, int exitCode, boolean timedOut, long millis, int leftovers) {
  Transcript {
    lines = List.copyOf(lines);
  }

  /** The {@code result} lines (one per finished turn). */
  List<Map<String, Object>> results() {
    return lines.stream().filter(l -> "result".equals(l.get("type"))).toList();
  }

  /** The {@code hook_response} lines of one hook event ("PostToolUse", "Stop", ...). */
  List<Map<String, Object>> hookResponses(String event) {
    return lines.stream().filter(l -> "hook_response".equals(l.get("subtype")))
        .filter(l -> event.equals(l.get("hook_event"))).toList();
  }

  /** True when the process exited 0 in time and its first turn ended with a successful result. */
  boolean completedNormally() {
    return !timedOut && exitCode == 0 && !results().isEmpty()
        && "success".equals(JsonView.string(results().get(0), "subtype"))
        && !JsonView.truthy(results().get(0), "is_error");
  }
}

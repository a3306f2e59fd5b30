package org.securityguidance.it.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Many real edit-hook processes on one session at once (parallel tool calls, #1944): the per-operation file lock must
 * lose no touched path and no shown warning, and the state file must stay parseable.
 */
class EditHookConcurrencyTest {
  private static final int PROCESSES = 24;

  @TempDir Path tmp;

  @Test
  void parallelEditsOnOneSessionLoseNothing() throws Exception {
    Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString(),
        "SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    List<Process> running = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      String stdin = Json.write(Map.of("session_id", "shared", "hook_event_name", "PostToolUse",
          "tool_name", "Edit", "cwd", "/p",
          "tool_input", Map.of("file_path", "/p/f" + i + ".py", "new_string", "y = eval(x)\n")));
      running.add(HookProcess.start("edit", stdin, env));
    }
    for (Process p : running) {
      HookProcess.Result r = HookProcess.finish(p);
      assertThat(r.exit()).isZero();
      assertThat(r.stdout()).startsWith("{\"metrics\":{").contains("\"pattern_hits\":1").contains("eval_injection");
      assertThat(r.stdout().strip()).doesNotContain("\n");
    }
    Path stateFile = tmp.resolve("state/security_warnings_state_shared.json");
    Map<String, Object> state = Json.parseObject(Files.readString(stateFile));
    List<Object> touched = JsonView.array(state, "touched_paths");
    List<Object> shown = JsonView.array(state, "shown_warnings");
    assertThat(touched).hasSize(PROCESSES).doesNotHaveDuplicates();
    assertThat(shown).hasSize(PROCESSES).doesNotHaveDuplicates();
    for (int i = 0; i < PROCESSES; i++) {
      assertThat(touched).contains("/p/f" + i + ".py");
      assertThat(shown).contains("/p/f" + i + ".py-eval_injection");
    }
    assertThat(JsonView.object(state, "pending_warnings")).hasSize(PROCESSES);
  }
}

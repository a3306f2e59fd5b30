package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.hook.HookInput;
import org.securityguidance.json.Json;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;

class PromptSubmitHookTest {
  @TempDir Path dir;

  private SessionStore store() {
    return new SessionStore(dir, "s6", DebugLog.discard());
  }

  private PromptSubmitHook.Outcome run(String cwd, TurnSnapshot snap) throws Exception {
    String json = "{\"session_id\":\"s6\",\"hook_event_name\":\"UserPromptSubmit\",\"prompt\":\"hi\""
        + (cwd == null ? "" : ",\"cwd\":\"" + cwd + "\"") + "}";
    return new PromptSubmitHook(DebugLog.discard(), store(), c -> snap).run(HookInput.fromJson(json));
  }

  @Test
  void storesTheBaselineHeadAndUntrackedSnapshot() throws Exception {
    assertThat(run("/r", new TurnSnapshot("b1", "h1", Map.of("z", 2L, "a", 1L))))
        .isEqualTo(PromptSubmitHook.Outcome.CAPTURED);
    assertThat(Json.write(store().read().orElseThrow())).isEqualTo("{\"shown_warnings\":[],\"baseline_sha\":\"b1\","
        + "\"head_at_capture\":\"h1\",\"untracked_at_baseline\":{\"a\":1,\"z\":2}}");
  }

  @Test
  void outsideARepoOnlyTheEmptyUntrackedSnapshotIsStored() throws Exception {
    assertThat(run("/tmp", new TurnSnapshot(null, null, Map.of()))).isEqualTo(PromptSubmitHook.Outcome.NO_BASELINE);
    assertThat(Json.write(store().read().orElseThrow()))
        .isEqualTo("{\"shown_warnings\":[],\"untracked_at_baseline\":{}}");
  }

  @Test
  void withoutCwdNothingIsTouched() throws Exception {
    assertThat(run(null, new TurnSnapshot("x", "x", Map.of()))).isEqualTo(PromptSubmitHook.Outcome.NO_CWD);
    assertThat(store().stateFile()).doesNotExist();
  }

  @Test
  void unconsumedEditsKeepTheOldBaseline() throws Exception {
    store().update(doc -> {
      doc.put("touched_paths", new java.util.ArrayList<>(List.of("/r/a.py")));
      doc.put("baseline_sha", "X");
      return true;
    });
    String before = Json.write(store().read().orElseThrow());
    assertThat(run("/r", new TurnSnapshot("Y", "Y", Map.of("n", 1L)))).isEqualTo(PromptSubmitHook.Outcome.PRESERVED);
    assertThat(Json.write(store().read().orElseThrow())).isEqualTo(before);
  }
}

package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;

class EditHookTest {
  @TempDir Path home;
  private final Map<String, String> env = new HashMap<>();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final PatternMatcher matcher = FakeRule.matcher(
      FakeRule.of(4, "eval_injection", "", "(?<![a-zA-Z0-9_.])eval\\("),
      FakeRule.of(7, "innerHTML_xss", ".tsx", "\\.innerHTML ?="),
      FakeRule.of(8, "pickle_deserialization", ".py", "pickle\\.loads?"),
      FakeRule.of(9, "os_system_injection", ".py", "os\\.system"));
  private BaselineFiles baselines = (dir, sha, path) -> Optional.empty();

  private Settings settings() {
    env.put("HOME", home.toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", home.resolve("state").toString());
    return Settings.from(new Env(env));
  }

  private SessionStore store() {
    return new SessionStore(home.resolve("state"), "s1", DebugLog.discard());
  }

  private String run(String tool, String path, String field, String content) throws Exception {
    stdout.reset();
    Map<String, Object> input = new HashMap<>(Map.of("file_path", path, field, content));
    String json = Json.write(Map.of("session_id", "s1", "hook_event_name", "PostToolUse", "tool_name", tool,
        "cwd", "/p", "tool_input", input));
    new EditHook(settings(), DebugLog.discard(), store(), matcher, baselines, home)
        .run(HookInput.fromJson(json), new HookOutput(new PrintStream(stdout, true, StandardCharsets.UTF_8),
            System.err, 30000));
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private Map<String, Object> state() {
    return store().read().orElseThrow();
  }

  @Test
  void twoPythonRulesThenTheSameEditAgain() throws Exception {
    String first = run("Write", "/p/a.py", "content", "import pickle\nx = pickle.loads(data)\nos.system(cmd)\n");
    assertThat(first).startsWith("{\"metrics\":{\"pv\":30000,\"pattern_hits\":2,\"rule_id\":8,\"rule_mask\":768},"
        + "\"hookSpecificOutput\":{\"hookEventName\":\"PostToolUse\",\"additionalContext\":"
        + "\"[from security-guidance@claude-code-plugins plugin]\\n\\n\\u26a0\\ufe0f Security Warning "
        + "[pickle_deserialization] a.py:2\\n");
    assertThat(first).contains("[os_system_injection] a.py:3");
    assertThat(SessionDoc.stringList(state(), "shown_warnings"))
        .containsExactly("/p/a.py-pickle_deserialization", "/p/a.py-os_system_injection");
    assertThat(SessionDoc.object(state(), "pending_warnings"))
        .containsOnlyKeys("/p/a.py:pickle_deserialization", "/p/a.py:os_system_injection");

    String second = run("Write", "/p/a.py", "content", "import pickle\nx = pickle.loads(data)\nos.system(cmd)\n");
    assertThat(second).isEqualTo("{\"metrics\":{\"pv\":30000,\"pattern_hits\":0,\"rule_id\":8,\"rule_mask\":768}}\n");
  }

  @Test
  void cleanEditsPrintNothingButAreRecorded() throws Exception {
    assertThat(run("Edit", "/p/README.md", "new_string", "el.innerHTML = x")).isEmpty();
    assertThat(SessionDoc.stringList(state(), "touched_paths")).containsExactly("/p/README.md");
  }

  @Test
  void planFilesAreSkippedEntirely() throws Exception {
    assertThat(run("Edit", home.resolve(".claude/plans/p.md").toString(), "new_string", "eval(x)")).isEmpty();
    assertThat(store().stateFile()).doesNotExist();
  }

  @Test
  void patternRulesOffStillRecordsThePath() throws Exception {
    env.put("ENABLE_PATTERN_RULES", "0");
    assertThat(run("Write", "/p/a.py", "content", "eval(x)")).isEmpty();
    assertThat(SessionDoc.stringList(state(), "touched_paths")).containsExactly("/p/a.py");
  }

  @Test
  void writeDropsRulesTheBaselineAlreadyMatched() throws Exception {
    store().update(doc -> doc.put("baseline_sha", "abc") == null);
    baselines = (dir, sha, path) -> sha.equals("abc") && path.equals("/p/b.py")
        ? Optional.of("os.system(x)\n") : Optional.empty();
    String out = run("Write", "/p/b.py", "content", "os.system(x)\neval(y)\n");
    assertThat(out).contains("\"pattern_hits\":1,\"rule_id\":4,\"rule_mask\":528").contains("[eval_injection]")
        .doesNotContain("[os_system_injection]");
    assertThat(SessionDoc.stringList(state(), "shown_warnings")).containsExactly("/p/b.py-eval_injection");

    String edit = run("Edit", "/p/b.py", "new_string", "os.system(x)");
    assertThat(edit).contains("\"rule_id\":9,\"rule_mask\":512").contains("[os_system_injection]");
  }

  @Test
  void editReminderPointsAtTheLineInTheFile() throws Exception {
    Path file = Files.writeString(home.resolve("c.py"), "a = 1\nb = 2\nx = 3\ny = eval(z)\n");
    String out = run("Edit", file.toString(), "new_string", "x = 3\ny = eval(z)");
    assertThat(out).contains("[eval_injection] " + file.toString().replace('\\', '/') + ":4\\n");
  }

  @Test
  void unavailableStateFailsOpenAndShowsTheWarning() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve("state"), "not a directory");
    String out = run("Write", "/p/a.py", "content", "eval(x)");
    assertThat(out).contains("\"pattern_hits\":1").contains("[eval_injection]");
  }

  @Test
  void userRulesReportRuleIdMinusOneAndNoMaskBits() throws Exception {
    PatternMatcher userOnly = FakeRule.matcher(FakeRule.of(-1, "user:no-md5", "", "md5\\("));
    stdout.reset();
    String json = "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"/r/c.py\",\"new_string\":\"md5(b)\"}}";
    new EditHook(settings(), DebugLog.discard(), store(), userOnly, baselines, home)
        .run(HookInput.fromJson(json), new HookOutput(new PrintStream(stdout, true, StandardCharsets.UTF_8),
            System.err, 30000));
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .startsWith("{\"metrics\":{\"pv\":30000,\"pattern_hits\":1,\"rule_id\":-1,\"rule_mask\":0}");
    assertThat(List.of(stdout.toString(StandardCharsets.UTF_8).split("\n"))).hasSize(1);
  }
}

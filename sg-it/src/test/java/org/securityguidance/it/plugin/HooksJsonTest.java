package org.securityguidance.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.PluginFiles;
import org.securityguidance.json.JsonView;

/** Static checks of the assembled {@code hooks/hooks.json} (hooks-and-patterns.md §1.4, the #2089 lesson). */
class HooksJsonTest {
  /** One Claude Code permission rule: a tool name and content without parentheses; a '|'-joined pair fails. */
  static final Pattern ONE_RULE = Pattern.compile("^[A-Za-z]+\\([^()]*\\)$");

  static final String LAUNCHER = "bash \"${CLAUDE_PLUGIN_ROOT}/hooks/sg-java.sh\"";

  private final Map<String, Object> hooks =
      JsonView.object(PluginFiles.json(Launcher.pluginDir().resolve("hooks/hooks.json")), "hooks");

  private List<Map<String, Object>> groups(String event) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object g : JsonView.array(hooks, event)) {
      out.add(asObject(g));
    }
    return out;
  }

  private static List<Map<String, Object>> handlers(Map<String, Object> group) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object h : JsonView.array(group, "hooks")) {
      out.add(asObject(h));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object o) {
    return (Map<String, Object>) o;
  }

  private List<Map<String, Object>> allHandlers() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String event : hooks.keySet()) {
      groups(event).forEach(g -> out.addAll(handlers(g)));
    }
    return out;
  }

  @Test
  void registersExactlyTheFiveEvents() {
    assertThat(hooks).containsOnlyKeys("SessionStart", "UserPromptSubmit", "PostToolUse", "Stop");
  }

  @Test
  void everyCommandQuotesTheLauncherPath() {
    assertThat(allHandlers()).hasSize(9);
    for (Map<String, Object> h : allHandlers()) {
      assertThat(JsonView.string(h, "type")).isEqualTo("command");
      assertThat(JsonView.string(h, "command")).startsWith(LAUNCHER + " ");
    }
  }

  @Test
  void everyIfIsExactlyOneWellFormedPermissionRule() {
    for (Map<String, Object> h : allHandlers()) {
      if (h.containsKey("if")) {
        assertThat(JsonView.string(h, "if")).matches(ONE_RULE).doesNotContain("|");
      }
    }
  }

  @Test
  void sessionStartRunsTheBootstrapWith180SecondTimeout() {
    Map<String, Object> h = handlers(groups("SessionStart").get(0)).get(0);
    assertThat(JsonView.string(h, "command")).isEqualTo(LAUNCHER + " bootstrap");
    assertThat(JsonView.number(h, "timeout", -1)).isEqualTo(180);
    assertThat(h).doesNotContainKey("asyncRewake");
  }

  @Test
  void promptAndEditHooksAreSynchronous() {
    Map<String, Object> prompt = handlers(groups("UserPromptSubmit").get(0)).get(0);
    assertThat(JsonView.string(prompt, "command")).isEqualTo(LAUNCHER + " hook prompt");
    Map<String, Object> edit = groups("PostToolUse").get(0);
    assertThat(JsonView.string(edit, "matcher")).isEqualTo("Edit|Write|MultiEdit|NotebookEdit");
    Map<String, Object> editHandler = handlers(edit).get(0);
    assertThat(JsonView.string(editHandler, "command")).isEqualTo(LAUNCHER + " hook edit");
    assertThat(prompt).doesNotContainKeys("asyncRewake", "if");
    assertThat(editHandler).doesNotContainKeys("asyncRewake", "if");
  }

  @Test
  void bashGroupHasFiveSeparateRulesWithCommitAndPushWording() {
    List<Map<String, Object>> bashGroups =
        groups("PostToolUse").stream().filter(g -> "Bash".equals(JsonView.string(g, "matcher"))).toList();
    assertThat(bashGroups).hasSize(1);
    List<Map<String, Object>> entries = handlers(bashGroups.get(0));
    assertThat(entries)
        .extracting(h -> JsonView.string(h, "if"))
        .containsExactly(
            "Bash(git commit:*)", "Bash(git push:*)", "Bash(gt create:*)", "Bash(gt modify:*)", "Bash(gt submit:*)");
    for (Map<String, Object> h : entries) {
      assertThat(JsonView.string(h, "command")).isEqualTo(LAUNCHER + " hook bash");
      assertThat(h.get("asyncRewake")).isEqualTo(Boolean.TRUE);
      boolean push = JsonView.string(h, "if").matches(".*(push|submit).*");
      assertThat(JsonView.string(h, "rewakeMessage")).contains(push ? "pushed" : "commit");
      assertThat(JsonView.string(h, "rewakeSummary")).contains(push ? "push" : "commit").hasSizeLessThan(300);
    }
  }

  @Test
  void stopRewakesWithItsOwnWording() {
    Map<String, Object> h = handlers(groups("Stop").get(0)).get(0);
    assertThat(JsonView.string(h, "command")).isEqualTo(LAUNCHER + " hook stop");
    assertThat(h.get("asyncRewake")).isEqualTo(Boolean.TRUE);
    assertThat(JsonView.string(h, "rewakeMessage")).isNotBlank();
    assertThat(JsonView.string(h, "rewakeSummary")).isNotBlank().hasSizeLessThan(300);
  }
}

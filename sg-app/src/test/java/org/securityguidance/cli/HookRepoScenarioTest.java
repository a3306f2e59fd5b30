package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;

/** Acceptance scenarios 15–18 (spec §12) through the whole hook command, in real repositories in temp dirs. */
class HookRepoScenarioTest {
  @TempDir Path tmp;
  private Path repo;
  private GitRepo gitRepo;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    gitRepo = GitRepo.init(tmp.resolve("repo"), tmp.resolve("git-home"));
    gitRepo.write("b.py", "import os\nos.system(x)\n");
    gitRepo.commitAll("init");
    repo = gitRepo.dir;
  }

  private String git(String... args) {
    return gitRepo.git(args).strip();
  }

  private String hook(String event, Map<String, Object> stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = HookCommand.run(new String[] {event},
        new ByteArrayInputStream(Json.write(stdin).getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
        new Env(env));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private Map<String, Object> prompt() {
    return Map.of("session_id", "s6", "hook_event_name", "UserPromptSubmit", "cwd", repo.toString(), "prompt", "hi");
  }

  private Map<String, Object> state() throws Exception {
    return Json.parseObject(Files.readString(tmp.resolve("state/security_warnings_state_s6.json")));
  }

  @Test
  void s15CleanTreeBaselineIsHead() throws Exception {
    assertThat(hook("prompt", prompt())).isEmpty();
    String head = git("rev-parse", "HEAD");
    assertThat(state()).containsEntry("baseline_sha", head).containsEntry("head_at_capture", head);
    assertThat(JsonView.object(state(), "untracked_at_baseline")).isEmpty();
  }

  @Test
  void s15DirtyTreeBaselineIsAStashCommitAndUntrackedFilesAreListed() throws Exception {
    Files.writeString(repo.resolve("b.py"), "changed\n");
    Files.writeString(repo.resolve("new.txt"), "n\n");
    assertThat(hook("prompt", prompt())).isEmpty();
    String head = git("rev-parse", "HEAD");
    assertThat(JsonView.string(state(), "baseline_sha")).hasSize(40).isNotEqualTo(head);
    assertThat(state()).containsEntry("head_at_capture", head);
    assertThat(JsonView.object(state(), "untracked_at_baseline")).containsOnlyKeys("new.txt");
    assertThat(git("stash", "list")).isEmpty();
  }

  @Test
  void s16OutsideARepositoryOnlyTheEmptySnapshotIsStored() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThat(hook("prompt", Map.of("session_id", "s6", "hook_event_name", "UserPromptSubmit",
        "cwd", plain.toString()))).isEmpty();
    assertThat(Json.write(state())).isEqualTo("{\"shown_warnings\":[],\"untracked_at_baseline\":{}}");
  }

  @Test
  void s17UnconsumedEditsKeepTheEarlierBaseline() throws Exception {
    Path stateFile = Files.createDirectories(tmp.resolve("state")).resolve("security_warnings_state_s6.json");
    Files.writeString(stateFile, "{\"touched_paths\":[\"/r/a.py\"],\"baseline_sha\":\"X\"}");
    assertThat(hook("prompt", prompt())).isEmpty();
    assertThat(Files.readString(stateFile)).isEqualTo("{\"touched_paths\":[\"/r/a.py\"],\"baseline_sha\":\"X\"}");
  }

  @Test
  void s18WriteIsBaselineSuppressedButEditIsNot() throws Exception {
    env.put("CLAUDE_PROJECT_DIR", repo.toString());
    hook("prompt", prompt());
    String file = repo.resolve("b.py").toString();
    Files.writeString(repo.resolve("b.py"), "os.system(x)\neval(y)\n");
    String write = hook("edit", Map.of("session_id", "s6", "hook_event_name", "PostToolUse", "tool_name", "Write",
        "cwd", repo.toString(), "tool_input", Map.of("file_path", file, "content", "os.system(x)\neval(y)\n")));
    assertThat(write).contains("\"pattern_hits\":1,\"rule_id\":4,\"rule_mask\":528")
        .contains("[eval_injection] b.py:2").doesNotContain("[os_system_injection]");
    assertThat(JsonView.array(state(), "shown_warnings")).containsExactly(file + "-eval_injection");
    assertThat(JsonView.object(state(), "pending_warnings")).containsOnlyKeys(file + ":eval_injection");

    String edit = hook("edit", Map.of("session_id", "s6", "hook_event_name", "PostToolUse", "tool_name", "Edit",
        "cwd", repo.toString(), "tool_input", Map.of("file_path", file, "new_string", "os.system(x)")));
    assertThat(edit).contains("\"pattern_hits\":1,\"rule_id\":9,\"rule_mask\":512")
        .contains("[os_system_injection] b.py:1");
  }
}

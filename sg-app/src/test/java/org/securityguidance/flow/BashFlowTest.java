package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.config.Settings;
import org.securityguidance.git.Git;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;

/** Bash routing against real repositories in temp dirs. */
class BashFlowTest {
  @TempDir Path dir;
  private Path repo;
  private GitRepo gitRepo;
  private final Map<String, String> env = new HashMap<>();
  private Clock clock = Clock.systemUTC();

  @BeforeEach
  void repo() throws Exception {
    env.put("HOME", dir.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("PATH", System.getenv("PATH"));
    gitRepo = GitRepo.init(dir.resolve("repo"), dir.resolve("git-home"));
    gitRepo.write("a.py", "x = 1\n");
    gitRepo.commitAll("init");
    repo = gitRepo.dir;
  }

  private String run(String command, String stdout, boolean interrupted, String toolUseId) throws Exception {
    Map<String, Object> event = new HashMap<>(Map.of("session_id", "s", "hook_event_name", "PostToolUse",
        "tool_name", "Bash", "cwd", repo.toString(), "tool_input", Map.of("command", command),
        "tool_response", Map.of("stdout", stdout, "stderr", "", "interrupted", interrupted)));
    if (toolUseId != null) {
      event.put("tool_use_id", toolUseId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Env e = new Env(env);
    SessionStore store = new SessionStore(dir.resolve("state"), "s", DebugLog.discard());
    int code = new BashFlow(Settings.from(e), DebugLog.discard(), Git.local(e), clock, BashFlow.Review.none(e, store))
        .run(HookInput.fromJson(Json.write(event)),
            new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, 30000));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final String COMMITTED = "[main 1a2b3c4] add b\n 1 file changed, 1 insertion(+)\n";

  @Test
  void unrelatedCommandsAreSilent() throws Exception {
    assertThat(run("ls -la", "", false, "t0")).isEmpty();
    assertThat(run("echo git commit", "", false, "t0")).isEmpty();
  }

  @Test
  void compoundCommandSpawnedTwiceIsReviewedOnce() throws Exception {
    String first = run("git commit -m x && git push", COMMITTED, false, "toolu_01");
    assertThat(first).isEqualTo("{\"metrics\":{\"pv\":30000,\"skipped\":true,\"skip_reason\":22,"
        + "\"commit_review\":true,\"commit_review_on\":true}}\n");
    assertThat(run("git commit -m x && git push", COMMITTED, false, "toolu_01"))
        .isEqualTo("{\"metrics\":{\"bash_hook_dedup\":true}}\n");
    assertThat(repo.resolve(".git/sg-hook-once-toolu_01")).exists();
  }

  @Test
  void interruptedCommitIsSkip21Sub1() throws Exception {
    assertThat(run("git commit -m x", "", true, "t1"))
        .contains("\"skip_reason\":21,\"commit_review\":true,\"commit_review_on\":true,\"skip_21_sub\":1}");
  }

  @Test
  void hookLabelsWithoutDiffstatAreNotACommit() throws Exception {
    clock = Clock.fixed(Instant.now().plusSeconds(3600), ZoneOffset.UTC);
    assertThat(run("git commit -m x", "[pre-commit abc1234] hook passed\n", false, "t2"))
        .contains("\"skip_reason\":21,").contains("\"skip_21_sub\":3}");
  }

  @Test
  void aQuietCommitIsFoundInTheReflog() throws Exception {
    assertThat(run("git commit -q -m x", "", false, "t3")).contains("\"skip_reason\":22,");
  }

  @Test
  void freshCommitsAlreadyReviewedAreSub2() throws Exception {
    String head = gitRepo.head();
    Files.writeString(repo.resolve(".git/sg-reviewed-shas"), head + "\t1\t30000\t0\n");
    assertThat(run("git commit -q -m x", "", false, "t4")).contains("\"skip_21_sub\":2}");
  }

  @Test
  void commitReviewSwitchedOffIs32() throws Exception {
    env.put("ENABLE_COMMIT_REVIEW", "0");
    assertThat(run("git commit -m x", COMMITTED, false, "t5"))
        .contains("\"skip_reason\":32,\"commit_review\":true,\"commit_review_on\":false}");
  }

  @Test
  void pushLinesFollowTheSweepOrder() throws Exception {
    assertThat(run("gt submit", "", true, "p1")).isEqualTo("{\"metrics\":{\"pv\":30000,\"skipped\":true,"
        + "\"skip_reason\":21,\"push_sweep\":true,\"push_sweep_on\":true}}\n");
    assertThat(run("git push", "", false, "p2")).contains("\"skip_reason\":22,");
    env.put("SG_PUSH_SWEEP", "off");
    assertThat(run("git push", "", true, "p3")).contains("\"skip_reason\":40,\"push_sweep\":true,"
        + "\"push_sweep_on\":false}");
  }

  @Test
  void outsideARepositoryThereIsNoDedupButStillALine() throws Exception {
    repo = Files.createDirectories(dir.resolve("plain"));
    assertThat(run("git push", "", false, "p4")).contains("\"skip_reason\":22,");
    assertThat(run("git push", "", false, "p4")).contains("\"skip_reason\":22,");
  }
}

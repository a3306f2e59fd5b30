package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.config.Settings;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.BaselineSnapshot;
import org.securityguidance.git.Git;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.remind.PromptSubmitHook;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.single.SingleShotReviewer;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.TempRepo;
import org.securityguidance.testkit.GitRepo;
import org.securityguidance.usage.ReviewUsage;

/**
 * Stop with the real scope, reviewer, verifier and guidance on real repositories; only the model is in memory.
 * Spec §12 scenarios 1 (delivery), 25 (previous findings in the next prompt) and the anchoring rule of issue 3 §3.
 */
class StopWithReviewerTest {
  @TempDir Path tmp;
  private GitRepo repo;
  private Env env;
  private final List<MessagesRequest> sent = new ArrayList<>();
  private final List<String> replies = new ArrayList<>();
  private String stdout;
  private String stderr;

  @BeforeEach
  void setUp() throws Exception {
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home"));
    Map<String, String> vars = new HashMap<>();
    vars.put("HOME", tmp.resolve("home").toString());
    vars.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    vars.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    env = new Env(vars);
  }

  private static String vulnReply(String code) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("filePath", "app.py");
    v.put("line", 2L);
    v.put("category", "command_injection");
    v.put("severity", "high");
    v.put("vulnerableCode", code);
    v.put("explanation", "user reaches a shell");
    v.put("fix", "use an argument list");
    return Json.write(Map.of("hasVulnerabilities", true, "vulnerabilities", List.of(v)));
  }

  private SingleShotEngine engine() {
    SingleShotReviewer reviewer = new SingleShotReviewer(request -> {
      sent.add(request);
      String text = replies.isEmpty() ? "{\"hasVulnerabilities\":false,\"vulnerabilities\":[]}" : replies.remove(0);
      return new MessagesResponse("end_turn", List.of(Map.of("type", "text", "text", text)),
          new Usage(900, 100, 0, 0), "claude-test-1");
    }, "claude-test-1", false);
    return new SingleShotEngine(() -> new SingleShotEngine.Session(reviewer, () -> new ReviewUsage(
        List.of("claude-test-1"), 900, 100, 0, 0, 1, 0.007, 0, 0)), ReviewScope.local(env), ScopeLimits.from(env),
        tmp.resolve("home"), () -> true, message -> { });
  }

  private SessionStore store() {
    return new SessionStore(tmp.resolve("state"), "s", DebugLog.discard());
  }

  private void prompt() throws Exception {
    new PromptSubmitHook(DebugLog.discard(), store(), cwd -> {
      BaselineSnapshot s = new Baseline(Git.local(env)).capture(cwd);
      return new TurnSnapshot(s.baselineSha(), s.headSha(), s.untracked());
    }).run(HookInput.fromJson("{\"session_id\":\"s\",\"cwd\":" + Json.write(repo.dir.toString()) + "}"));
  }

  private int stop() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StopFlow.Review review = new StopFlow.Review(() -> Optional.of(engine()), cwd -> {
      BaselineSnapshot s = new Baseline(Git.local(env)).capture(cwd);
      return new TurnSnapshot(s.baselineSha(), s.headSha(), s.untracked());
    }, null);
    int code = new StopFlow(Settings.from(env), DebugLog.discard(), store(), (p, c) -> List.of(),
        Clock.systemUTC(), review).run(HookInput.fromJson("{\"session_id\":\"s\",\"hook_event_name\":\"Stop\","
            + "\"cwd\":" + Json.write(repo.dir.toString()) + "}"),
        new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), 30000));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  private Map<String, Object> metrics() {
    return JsonView.object(Json.parseObject(stdout), "metrics");
  }

  @Test
  void s01VerifiedFindingWakesTheAgentWithCleanText() throws Exception {
    prompt();
    repo.write("app.py", TempRepo.VULN);
    replies.add(vulnReply("subprocess.call('ls ' + user, shell=True)"));
    assertThat(stop()).isEqualTo(2);
    assertThat(sent).hasSize(1);
    assertThat(stderr).contains("Security Review: Potential vulnerabilities detected").contains("command_injection")
        .doesNotStartWith("{");
    Map<String, Object> line = Json.parseObject(stdout);
    assertThat(line).containsOnlyKeys("metrics", "rewakeSummary", "decision", "reason")
        .containsEntry("decision", "block").containsEntry("reason", stderr);
    assertThat(JsonView.string(line, "rewakeSummary")).startsWith("Background security review found:")
        .contains("command_injection in app.py");
    assertThat(metrics()).containsEntry("vulns_found", 1L).containsEntry("candidates", 1L)
        .containsEntry("files_reviewed", 1L).containsEntry("api_calls", 1L);
  }

  @Test
  void anInventedQuoteIsDroppedAndTheTurnIsClean() throws Exception {
    prompt();
    repo.write("app.py", TempRepo.VULN);
    replies.add(vulnReply("os.system(request.args['cmd'])"));
    assertThat(stop()).isZero();
    assertThat(stderr).isEmpty();
    assertThat(metrics()).containsEntry("vulns_found", 0L).containsEntry("unanchored", 1L);
  }

  @Test
  void s25AfterAFindingsFireTheNextPromptListsItAndOnlyNewerChangesAreReviewed() throws Exception {
    prompt();
    repo.write("app.py", TempRepo.VULN);
    replies.add(vulnReply("subprocess.call('ls ' + user, shell=True)"));
    assertThat(stop()).isEqualTo(2);
    repo.write("other.py", "import pickle\npickle.loads(data)\n");
    assertThat(stop()).isZero();
    assertThat(sent).hasSize(2);
    String prompt2 = Json.write(sent.get(1).messages());
    assertThat(prompt2).contains("app.py").contains("command_injection").contains("other.py")
        .doesNotContain("+subprocess.call");
  }

  @Test
  void s02PreExistingDirtyFileIsNotSent() throws Exception {
    repo.write("lib.py", "x = 1\n");
    repo.commitAll("lib");
    repo.write("lib.py", "x = 2\n");
    prompt();
    repo.write("app.py", TempRepo.VULN);
    stop();
    String body = Json.write(sent.get(0).messages());
    assertThat(body).contains("app.py").doesNotContain("lib.py");
  }

  @Test
  void s07OnlyNonSourceChangesMakeNoCall() throws Exception {
    prompt();
    repo.write("README.md", "hello\n");
    repo.write("yarn.lock", "x\n");
    repo.write("node_modules/x.js", "eval(a)\n");
    assertThat(stop()).isZero();
    assertThat(metrics()).containsEntry("skip_reason", 7L);
    assertThat(sent).isEmpty();
  }

  @Test
  void s08UnconsumedTurnKeepsTheOldBaselineSoBothTurnsAreReviewed() throws Exception {
    prompt();
    repo.write("app.py", TempRepo.VULN);
    store().update(d -> {
      org.securityguidance.state.SessionDoc.touchPath(d, repo.dir.resolve("app.py").toString());
      return true;
    });
    prompt(); // the previous turn's Stop never ran
    repo.write("second.py", "print(1)\n");
    stop();
    assertThat(Json.write(sent.get(0).messages())).contains("app.py").contains("second.py");
  }

  @Test
  void s09UserDiffConfigDoesNotHideFiles() throws Exception {
    repo.git("config", "diff.noprefix", "true");
    repo.git("config", "diff.mnemonicPrefix", "true");
    prompt();
    repo.write("app.py", TempRepo.VULN);
    replies.add(vulnReply("subprocess.call('ls ' + user, shell=True)"));
    assertThat(stop()).isEqualTo(2);
  }
}

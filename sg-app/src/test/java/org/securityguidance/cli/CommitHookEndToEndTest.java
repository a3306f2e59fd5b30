package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.GitCli;
import org.securityguidance.testing.TempRepo;

/**
 * The whole commit hook — argv, stdin, the agentic reviewer with its sandboxed tools, the real HTTP transport — against
 * the fake Messages API scripting tool calls, on real repositories (issue 4 §5).
 */
class CommitHookEndToEndTest {
  static final String HELPER = "app/helpers/records.py";
  static final String SINK = "    return db.execute(\"SELECT * FROM invoices WHERE id = ?\", (invoice_id,)).fetchone()";
  static final String SECRET = "sk-live-0123456789abcdef";
  static final String OUTSIDE = "OUTSIDE-THE-REPOSITORY";

  @TempDir Path tmp;
  private final FakeMessagesServer api = FakeMessagesServer.start();
  private final Map<String, String> env = new HashMap<>();
  private GitCli git;
  private Path repo;
  private String stdout;
  private String stderr;

  @BeforeEach
  void setUp() throws Exception {
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    git = new GitCli(tmp.resolve("home"));
    git.commitFile(repo, HELPER, "import sqlite3\n\ndef load_invoice(db, invoice_id):\n" + SINK + "\n", "helpers");
    git.commitFile(repo, ".env", "API_TOKEN=" + SECRET + "\n", "env");
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("ANTHROPIC_BASE_URL", api.baseUrl());
    env.put("ANTHROPIC_API_KEY", "sk-test");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private int hook(String command, String output) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("session_id", "s");
    event.put("hook_event_name", "PostToolUse");
    event.put("tool_name", "Bash");
    event.put("tool_use_id", "toolu_e2e");
    event.put("cwd", repo.toString());
    event.put("tool_input", Map.of("command", command));
    event.put("tool_response", Map.of("stdout", output, "stderr", "", "interrupted", false));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = HookCommand.run(new String[] {"bash"},
        new ByteArrayInputStream(Json.write(event).getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new Env(env));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  private Map<String, Object> metrics() {
    return JsonView.object(Json.parseObject(stdout), "metrics");
  }

  private static FakeReply toolTurn(String id, String name, Map<String, Object> input) {
    return FakeReply.message("tool_use", List.of(FakeReply.textBlock("Checking."),
        Map.of("type", "tool_use", "id", id, "name", name, "input", input)), FakeReply.usage(800, 60, 0, 0));
  }

  private static FakeReply answer(List<Map<String, Object>> vulns) {
    return FakeReply.message("end_turn", List.of(FakeReply.textBlock(Json.write(Map.of("hasVulnerabilities",
        !vulns.isEmpty(), "vulnerabilities", vulns)))), FakeReply.usage(1500, 300, 0, 0));
  }

  private static Map<String, Object> idor() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("filePath", HELPER);
    v.put("line", 4L);
    v.put("category", "idor"); // the verifier's vocabulary files it under "authorization"
    v.put("severity", "high");
    v.put("vulnerableCode", SINK.strip());
    v.put("explanation", "the invoice id from the URL reaches the query without an ownership check");
    v.put("fix", "load the invoice only for the signed-in user");
    return v;
  }

  private String commitController() throws Exception {
    return git.commitFile(repo, "app/controllers/invoices.py", """
        from app.helpers.records import load_invoice

        @app.route("/invoices/<invoice_id>")
        @login_required
        def show_invoice(invoice_id):
            return jsonify(load_invoice(db, invoice_id))
        """, "invoice page");
  }

  @Test
  void aCrossFileIdorIsFoundThroughToolCallsAndDelivered() throws Exception {
    String out = commitController();
    api.enqueue(toolTurn("t1", "Read", Map.of("file_path", HELPER)),
        toolTurn("t2", "Grep", Map.of("pattern", "load_invoice")),
        answer(List.of(idor())),
        FakeReply.messageWithJson(Map.of("verdicts", List.of())));
    assertThat(hook("git commit -m 'invoice page'", out)).isEqualTo(2);
    List<RecordedRequest> sent = api.requests();
    assertThat(sent).hasSize(4);
    assertThat(Json.write(JsonView.array(sent.get(0).json(), "tools"))).contains("\"Read\"").contains("\"Grep\"")
        .contains("\"Glob\"");
    assertThat(sent.get(1).body()).contains("tool_result").contains("SELECT * FROM invoices");
    assertThat(stderr).contains("Security Review: Potential vulnerabilities detected").contains("authorization in " + HELPER);
    assertThat(JsonView.string(Json.parseObject(stdout), "rewakeSummary"))
        .isEqualTo("Commit security review found: authorization in " + HELPER);
    assertThat(metrics()).containsEntry("agentic", 1L).containsEntry("vulns_found", 1L)
        .containsEntry("api_calls", 4L);
    assertThat(Files.readString(repo.resolve(".git/sg-reviewed-shas"))).contains(git.head(repo));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void adversarialToolCallsAreRefusedAndNoSecretReachesARequest() throws Exception {
    Path outside = Files.writeString(tmp.resolve("outside.txt"), OUTSIDE + "\n");
    Files.createSymbolicLink(repo.resolve("leak.txt"), outside);
    String out = git.commitFile(repo, "app.py", "print('bye')\n", "bye");
    api.enqueue(toolTurn("a1", "Read", Map.of("file_path", "../../../../../../etc/passwd")),
        toolTurn("a2", "Read", Map.of("file_path", "/etc/passwd")),
        toolTurn("a3", "Read", Map.of("file_path", ".env")),
        toolTurn("a4", "Read", Map.of("file_path", "leak.txt")),
        toolTurn("a5", "Read", Map.of("file_path", ".git/config")),
        toolTurn("a6", "Grep", Map.of("pattern", "sk-live")),
        answer(List.of()));
    assertThat(hook("git commit -m bye", out)).isZero();
    assertThat(api.requests()).hasSize(7);
    for (RecordedRequest r : api.requests()) {
      assertThat(r.body()).doesNotContain(SECRET).doesNotContain(OUTSIDE).doesNotContain("root:x:0:0")
          .doesNotContain("[core]");
    }
    assertThat(api.requests().get(6).body()).contains("\"is_error\":true");
    assertThat(metrics()).containsEntry("vulns_found", 0L).containsEntry("agentic", 1L);
    assertThat(stderr).isEmpty();
  }

  @Test
  void whenTheAgenticReviewFailsTheSingleShotReviewStandsIn() throws Exception {
    String out = commitController();
    Map<String, Object> v = idor();
    v.put("filePath", "app/controllers/invoices.py");
    v.put("vulnerableCode", "return jsonify(load_invoice(db, invoice_id))");
    api.enqueue(FakeReply.error(400, "invalid_request_error"),
        FakeReply.messageWithJson(Map.of("hasVulnerabilities", true, "vulnerabilities", List.of(v))));
    assertThat(hook("git commit -m 'invoice page'", out)).isEqualTo(2);
    assertThat(api.requests()).hasSize(2);
    assertThat(metrics()).containsEntry("agentic", 0L).containsEntry("race_winner", 2L)
        .containsKey("agentic_fallback").containsEntry("vulns_found", 1L);
    assertThat(stderr).contains("authorization in app/controllers/invoices.py");
  }

  @Test
  void aFailedReviewOnBothPathsMarksNothingAndWakesNobody() throws Exception {
    String out = commitController();
    api.enqueue(FakeReply.error(400, "invalid_request_error"), FakeReply.error(400, "invalid_request_error"));
    assertThat(hook("git commit -m 'invoice page'", out)).isZero();
    assertThat(stderr).isEmpty();
    assertThat(metrics()).containsEntry("review_failed", true).containsEntry("api_error", 400L);
    assertThat(repo.resolve(".git/sg-reviewed-shas")).doesNotExist();
  }

  @Test
  void aPushReviewsOnlyTheCommitsNoCommitReviewCovered() throws Exception {
    git.addOrigin(repo);
    git.commitFile(repo, "reviewed.py", "r = 1\n", "reviewed at commit time");
    Files.writeString(repo.resolve(".git/sg-reviewed-shas"), git.head(repo) + "\t1\t30000\t0\n");
    git.commitFile(repo, "fresh.py", "f = 2\n", "not reviewed");
    String pushed = git.run(repo, "push").output();
    api.enqueue(answer(List.of()));
    assertThat(hook("git push", pushed)).isZero();
    assertThat(metrics()).containsEntry("push_sweep", true).containsEntry("pushed", 2L)
        .containsEntry("unreviewed", 1L).containsEntry("prefix_advanced", 1L).containsEntry("agentic", 1L);
    assertThat(api.lastRequest().body()).contains("fresh.py").doesNotContain("reviewed.py");
    assertThat(Files.readString(repo.resolve(".git/sg-reviewed-shas"))).contains(git.head(repo));
  }

  @Test
  void theStandaloneCommandRunsTheSameAgenticReview() throws Exception {
    String base = git.head(repo);
    commitController();
    api.enqueue(toolTurn("t1", "Read", Map.of("file_path", HELPER)), answer(List.of(idor())),
        FakeReply.messageWithJson(Map.of("verdicts", List.of())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CommitReviewCommand.run(new String[] {"--repo", repo.toString(), "--range", base + "..HEAD"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new Env(env));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("[HIGH] authorization  " + HELPER + ":4");
    assertThat(api.requests()).hasSize(3);
  }
}

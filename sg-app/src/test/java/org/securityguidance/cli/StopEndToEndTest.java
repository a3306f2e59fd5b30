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
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.Models;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.TempRepo;
import org.securityguidance.testkit.GitRepo;

/**
 * The whole Stop hook as Claude Code runs it — {@code hook prompt}, an edit, {@code hook stop} — on a real
 * repository against the fake Messages API on 127.0.0.1 (spec §12 scenarios 1, 14, 16, 18, 19, 30, 47, 50).
 */
class StopEndToEndTest {
  static final String VULN_LINE = "subprocess.call('ls ' + user, shell=True)";

  @TempDir Path tmp;
  private GitRepo repo;
  private FakeMessagesServer api;
  private final Map<String, String> env = new HashMap<>();
  private int exit;
  private String stdout;
  private String stderr;

  @BeforeEach
  void setUp() throws Exception {
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home"));
    api = FakeMessagesServer.start();
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("ANTHROPIC_API_KEY", "test-key-e2e");
    env.put("ANTHROPIC_BASE_URL", api.baseUrl());
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  static Map<String, Object> finding(String path, int line, String category, String severity, String code) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("filePath", path);
    v.put("line", (long) line);
    v.put("category", category);
    v.put("severity", severity);
    v.put("vulnerableCode", code);
    v.put("explanation", "untrusted input reaches a dangerous call");
    v.put("fix", "validate it or use the safe API");
    return v;
  }

  static FakeReply verdict(List<Map<String, Object>> findings) {
    return FakeReply.messageWithJson(Map.of("hasVulnerabilities", !findings.isEmpty(), "vulnerabilities", findings));
  }

  private void hook(String event, String json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exit = HookCommand.run(new String[] {event}, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new Env(env));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
  }

  private void prompt() {
    hook("prompt", "{\"session_id\":\"e2e\",\"hook_event_name\":\"UserPromptSubmit\",\"cwd\":"
        + Json.write(repo.dir.toString()) + ",\"prompt\":\"go\"}");
  }

  private void stop() {
    hook("stop", "{\"session_id\":\"e2e\",\"hook_event_name\":\"Stop\",\"cwd\":" + Json.write(repo.dir.toString())
        + "}");
    HookGoldenTest.assertProtocolValid(stdout);
  }

  private Map<String, Object> metrics() {
    return JsonView.object(Json.parseObject(stdout), "metrics");
  }

  private Map<String, Object> state() throws Exception {
    return Json.parseObject(Files.readString(tmp.resolve("state/security_warnings_state_e2e.json")));
  }

  private void vulnTurn() throws Exception {
    prompt();
    repo.write("app.py", TempRepo.VULN);
    hook("edit", "{\"session_id\":\"e2e\",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Write\",\"cwd\":"
        + Json.write(repo.dir.toString()) + ",\"tool_input\":{\"file_path\":"
        + Json.write(repo.dir.resolve("app.py").toString()) + ",\"content\":" + Json.write(TempRepo.VULN) + "}}");
  }

  @Test
  void s01OneRequestWithTheSpecShapeThenFindingsOnBothChannelsAndExit2() throws Exception {
    vulnTurn();
    api.enqueue(verdict(List.of(finding("app.py", 2, "command_injection", "high", VULN_LINE))));
    stop();
    assertThat(api.requestCount()).isEqualTo(1);
    RecordedRequest r = api.lastRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/messages");
    assertThat(r.header("x-api-key")).isEqualTo("test-key-e2e");
    assertThat(r.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(r.header("anthropic-beta")).contains("structured-outputs-2025-11-13");
    Map<String, Object> body = r.json();
    assertThat(body).containsEntry("model", Models.DEFAULT_REVIEW_MODEL).containsEntry("max_tokens", 16000L)
        .containsEntry("system", "You are a Claude agent, built on Anthropic's Claude Agent SDK.")
        .doesNotContainKeys("output_format", "temperature");
    assertThat(JsonView.object(body, "thinking")).containsEntry("type", "adaptive");
    assertThat(JsonView.object(body, "output_config")).containsEntry("effort", "high");
    assertThat(JsonView.object(JsonView.object(body, "output_config"), "format")).containsEntry("type", "json_schema");
    assertThat(r.body()).contains("subprocess.call");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr).contains("Security Review: Potential vulnerabilities detected").contains("command_injection");
    Map<String, Object> line = Json.parseObject(stdout);
    assertThat(line).containsOnlyKeys("metrics", "rewakeSummary", "decision", "reason")
        .containsEntry("decision", "block").containsEntry("reason", stderr);
    assertThat(JsonView.string(line, "rewakeSummary")).startsWith("Background security review found:");
    assertThat(String.join(",", metrics().keySet())).startsWith("pv,tok_in,tok_out,tok_cache_r,tok_cache_w,cost_usd,"
        + "api_calls,vulns_found,");
    assertThat(metrics()).containsEntry("vulns_found", 1L).containsEntry("tok_in", 100L).containsEntry("api_calls", 1L);
    assertThat(JsonView.array(state(), "previous_findings")).hasSize(1);
    assertThat(state()).containsEntry("stop_hook_fire_count", 1L);
  }

  @Test
  void s50NothingSecretOrFromTheDiffReachesTheLogs() throws Exception {
    vulnTurn();
    api.enqueue(verdict(List.of(finding("app.py", 2, "command_injection", "high", VULN_LINE))));
    stop();
    String debug = Files.readString(tmp.resolve("state/log.txt"));
    String usage = Files.readString(tmp.resolve("state/usage.jsonl"));
    for (String log : List.of(debug, usage)) {
      assertThat(log).doesNotContain("test-key-e2e").doesNotContain("'ls ' + user").doesNotContain("shell=True");
    }
    assertThat(usage).contains("\"layer\":\"stop_review\",\"outcome\":\"findings\"").doesNotContain("app.py");
    assertThat(debug).contains("stop: delivering 1 finding(s) [command_injection]");
  }

  @Test
  void s18RejectedCredentialsAreUnavailableNeverCleanAndTheTurnIsKept() throws Exception {
    vulnTurn();
    api.respondWith(req -> FakeReply.error(401, "authentication_error"));
    stop();
    assertThat(exit).isZero();
    assertThat(stderr).isEmpty();
    assertThat(Json.parseObject(stdout)).containsOnlyKeys("metrics");
    assertThat(metrics()).containsEntry("review_failed", true).containsEntry("api_error", 401L)
        .containsEntry("http_err_last", 401L).containsEntry("vulns_found", 0L);
    assertThat(JsonView.array(state(), "touched_paths")).isNotEmpty();
    api.respondWith(req -> verdict(List.of(finding("app.py", 2, "command_injection", "high", VULN_LINE))));
    prompt(); // the next turn keeps the old baseline, so the edit is reviewed then
    stop();
    assertThat(exit).isEqualTo(2);
  }

  @Test
  void s19RefusalAndUnparseableRepliesAreReviewFailed() throws Exception {
    vulnTurn();
    api.respondWith(req -> FakeReply.refusal());
    stop();
    assertThat(exit).isZero();
    assertThat(metrics()).containsEntry("review_failed", true).containsEntry("unavailable_reason", 7L);
    api.respondWith(req -> FakeReply.messageWithJson("I can't help with that."));
    stop();
    assertThat(exit).isZero();
    assertThat(metrics()).containsEntry("review_failed", true).containsEntry("unavailable_reason", 8L);
    assertThat(stderr).isEmpty();
  }

  @Test
  void s16OverloadedPrimaryFallsBackToTheOtherModel() throws Exception {
    vulnTurn();
    api.enqueue(FakeReply.error(529, "overloaded_error"),
        verdict(List.of(finding("app.py", 2, "command_injection", "high", VULN_LINE))));
    stop();
    assertThat(api.requestCount()).isEqualTo(2);
    assertThat(api.requests().get(1).json()).containsEntry("model", Models.DEFAULT_FALLBACK_MODEL);
    assertThat(exit).isEqualTo(2);
    assertThat(metrics()).containsEntry("http_err_last", 529L).containsEntry("http_err_count", 1L);
  }

  @Test
  void s14KeyRejectedWithATokenPresentRetriesWithBearer() throws Exception {
    env.put("ANTHROPIC_AUTH_TOKEN", "oauth-e2e");
    vulnTurn();
    api.respondWith(req -> req.header("x-api-key") != null ? FakeReply.error(401, "authentication_error")
        : verdict(List.of()));
    stop();
    assertThat(exit).isZero();
    assertThat(metrics()).containsEntry("vulns_found", 0L).doesNotContainKey("review_failed");
    RecordedRequest last = api.lastRequest();
    assertThat(last.header("authorization")).isEqualTo("Bearer oauth-e2e");
    assertThat(last.header("anthropic-beta")).contains("oauth-2025-04-20");
  }

  @Test
  void s30FiveFindingsMakeABoundedSummary() throws Exception {
    prompt();
    String code = "import os, pickle, subprocess, yaml\n"
        + "subprocess.call('ls ' + user, shell=True)\n"
        + "os.system('rm ' + name)\n"
        + "data = pickle.loads(blob)\n"
        + "cfg = yaml.load(text)\n"
        + "eval(expr)\n";
    repo.write("app.py", code);
    api.enqueue(verdict(List.of(
        finding("app.py", 2, "command_injection", "high", "subprocess.call('ls ' + user, shell=True)"),
        finding("app.py", 3, "os_command_injection", "critical", "os.system('rm ' + name)"),
        finding("app.py", 4, "insecure_deserialization", "high", "data = pickle.loads(blob)"),
        finding("app.py", 5, "unsafe_yaml", "medium", "cfg = yaml.load(text)"),
        finding("app.py", 6, "code_injection", "high", "eval(expr)"))));
    stop();
    assertThat(exit).isEqualTo(2);
    String summary = JsonView.string(Json.parseObject(stdout), "rewakeSummary");
    assertThat(summary).startsWith("Background security review found ").matches(".* issues: .*; \\+\\d+ more$");
    assertThat(summary.length()).isLessThanOrEqualTo(280);
  }

  @Test
  void withoutCredentialsNoRequestIsMadeAndTheSkipIs3() throws Exception {
    env.remove("ANTHROPIC_API_KEY");
    vulnTurn();
    stop();
    assertThat(exit).isZero();
    assertThat(metrics()).containsEntry("skip_reason", 3L);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void reviewCommandUsesTheSameEngine() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    api.enqueue(verdict(List.of(finding("app.py", 2, "command_injection", "high", VULN_LINE))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"review", "--repo", repo.dir.toString(), "--format", "json"},
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()), new Env(env));
    assertThat(code).isEqualTo(1);
    assertThat(Json.parseObject(out.toString(StandardCharsets.UTF_8))).containsEntry("outcome", "findings");
    assertThat(api.requestCount()).isEqualTo(1);
    ByteArrayOutputStream usage = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"usage", "--format", "json"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(usage, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
        new Env(env))).isZero();
    Map<String, Object> summary = Json.parseObject(usage.toString(StandardCharsets.UTF_8));
    assertThat(summary).containsEntry("reviews", 1L).containsEntry("findings", 1L).containsEntry("input_tokens", 100L);
  }
}

package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.agent.testing.Replies;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.testing.TestRepo;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.review.prompt.DataFence;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.testing.InMemoryMessagesClient;
import org.securityguidance.sys.ProcessRunner;

/** The third-party path against a fake {@code claude} executable that records what it was given. */
@DisabledOnOs(OS.WINDOWS)
class ClaudeCliAgentTest {
  @TempDir Path tmp;
  TestRepo repo;
  Path cli;
  final Map<String, String> env = new HashMap<>();
  final UsageMeter meter = new UsageMeter();
  final List<String> log = new ArrayList<>();

  @BeforeEach
  void fakeCli() throws IOException {
    repo = InvoiceRepo.create(tmp.resolve("repo"));
    cli = tmp.resolve("bin/claude");
    Files.createDirectories(cli.getParent());
    Files.writeString(cli, """
        #!/bin/sh
        for a in "$@"; do printf '%s\\0' "$a"; done > "$FAKE_OUT/argv"
        cat > "$FAKE_OUT/stdin"
        pwd > "$FAKE_OUT/cwd"
        env > "$FAKE_OUT/env"
        i=0; while [ $i -lt 30 ]; do echo "warning $i: claude.ai connectors are disabled" >&2; i=$((i+1)); done
        sleep "${FAKE_SLEEP:-0}"
        cat "$FAKE_OUT/result.json"
        exit "${FAKE_EXIT:-0}"
        """);
    Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
    env.put("PATH", System.getenv("PATH"));
    env.put("FAKE_OUT", tmp.toString());
    env.put("ANTHROPIC_API_KEY", "sk-test");
    env.put("ANTHROPIC_AUTH_TOKEN", "token-test");
  }

  void result(Map<String, Object> json) throws IOException {
    Files.writeString(tmp.resolve("result.json"), Json.write(json));
  }

  static Map<String, Object> success(String structuredJson) {
    Map<String, Object> r = new HashMap<>();
    r.put("type", "result");
    r.put("subtype", "success");
    r.put("is_error", false);
    r.put("num_turns", 7L);
    r.put("structured_output", Json.parseObject(structuredJson));
    r.put("usage", Map.of("input_tokens", 4000L, "output_tokens", 600L));
    r.put("total_cost_usd", 0.25);
    r.put("modelUsage", Map.of("us.anthropic.claude-opus-5-5", Map.of()));
    return r;
  }

  ClaudeCliAgent agent(Duration deadline) {
    return new ClaudeCliAgent(ProcessRunner.local(), cli, repo.dir, env, "opus", 18,
        Deadline.after(Clock.systemUTC(), deadline), meter, log::add);
  }

  InvestigationPrompt prompt() {
    return new InvestigationPromptBuilder(DataFence::randomNonce).build(repo.headDiff(), List.of(), "");
  }

  @Test
  void runsHeadlessInTheRepositoryWithOnlyReadGrepAndGlobAndThePromptOnStdin() throws Exception {
    String answer = Replies.findings(List.of(
        Replies.vuln(InvoiceRepo.HELPER, 4, "idor", "high", InvoiceRepo.HELPER_SINK)));
    result(success(answer));

    Investigation inv = agent(Duration.ofSeconds(30)).investigate(prompt());

    assertThat(Json.parseObject(inv.answer())).isEqualTo(Json.parseObject(answer));
    assertThat(inv.model()).isEqualTo("us.anthropic.claude-opus-5-5");
    assertThat(inv.stats().turns()).isEqualTo(7);
    assertThat(inv.stats().usage().inputTokens()).isEqualTo(4000);
    List<String> argv = List.of(Files.readString(tmp.resolve("argv")).split("\0", -1));
    assertThat(argv).startsWith("-p", "--output-format", "json", "--model", "opus");
    assertThat(argv.get(argv.indexOf("--tools") + 1)).isEqualTo("Read,Grep,Glob");
    assertThat(argv.get(argv.indexOf("--allowedTools") + 1)).isEqualTo("Read,Grep,Glob");
    assertThat(argv.get(argv.indexOf("--disallowedTools") + 1)).contains("Bash", "Edit", "Write", "WebFetch");
    assertThat(argv.get(argv.indexOf("--setting-sources") + 1)).isEmpty();
    assertThat(argv.get(argv.indexOf("--max-turns") + 1)).isEqualTo("18");
    assertThat(argv.get(argv.indexOf("--json-schema") + 1)).contains("vulnerabilities");
    assertThat(argv).contains("--strict-mcp-config").noneMatch(a -> a.contains(InvoiceRepo.CONTROLLER_CALL.strip()));
    assertThat(Files.readString(tmp.resolve("stdin"), StandardCharsets.UTF_8))
        .contains(InvoiceRepo.CONTROLLER_CALL.strip()).contains("command_injection");
    assertThat(Path.of(Files.readString(tmp.resolve("cwd")).strip())).isEqualTo(repo.dir);
    String childEnv = Files.readString(tmp.resolve("env"));
    assertThat(childEnv).contains("GIT_CONFIG_NOSYSTEM=1").contains("GIT_SSH_COMMAND=/bin/false")
        .contains("ANTHROPIC_AUTH_TOKEN=\n").doesNotContain("token-test");
    assertThat(log.stream().filter(l -> l.startsWith("agentic cli stderr:"))).hasSize(20);
    assertThat(meter.snapshot().apiCalls()).isEqualTo(1);
    assertThat(meter.snapshot().costUsd()).isEqualTo(0.25);
  }

  @Test
  void itsAnswerGoesThroughTheSameVerificationAsTheApiPath() throws Exception {
    result(success(Replies.findings(List.of(
        Replies.vuln(InvoiceRepo.HELPER, 4, "idor", "high", InvoiceRepo.HELPER_SINK),
        Replies.vuln(InvoiceRepo.HELPER, 4, "idor", "high", "db.execute(query_from_request)")))));
    InMemoryMessagesClient check = new InMemoryMessagesClient().thenText(Replies.verdicts(List.of()));
    Deadline deadline = Deadline.after(Clock.systemUTC(), Duration.ofSeconds(30));
    AgenticReviewer reviewer = new AgenticReviewer(agent(Duration.ofSeconds(30)), check, "opus",
        AgenticConfig.defaults(), deadline, RepoTools.reader(repo.dir), log::add);

    AgenticOutcome outcome = reviewer.review(new ReviewInput(repo.headDiff(), List.of(), "", null));

    assertThat(outcome.result().findings()).singleElement()
        .satisfies(f -> assertThat(f.filePath()).isEqualTo(InvoiceRepo.HELPER));
    assertThat(outcome.stats().unanchored()).isEqualTo(1);
    assertThat(check.requests()).hasSize(1);
  }

  @Test
  void runningOutOfTurnsIsAnInvestigationWithoutAnAnswer() throws Exception {
    Map<String, Object> r = success("{}");
    r.remove("structured_output");
    r.put("subtype", "error_max_turns");
    r.put("is_error", true);
    result(r);

    Investigation inv = agent(Duration.ofSeconds(30)).investigate(prompt());

    assertThat(inv.answer()).isNull();
    assertThat(inv.stats().stop()).isEqualTo(LoopStop.MAX_TURNS);
  }

  @Test
  void anErrorResultOrExitIsCliFailedAndCounted() throws Exception {
    Map<String, Object> r = success("{}");
    r.put("subtype", "error_during_execution");
    r.put("is_error", true);
    result(r);
    ClaudeCliAgent agent = agent(Duration.ofSeconds(30));

    assertThatThrownBy(() -> agent.investigate(prompt()))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLI_FAILED));
    assertThat(meter.snapshot().httpErrorLast()).isEqualTo(-1);
    assertThat(agent.lastStats().stop()).isEqualTo(LoopStop.FAILED);
  }

  @Test
  void theDeadlineStopsASlowCli() throws Exception {
    result(success(Replies.findings(List.of())));
    env.put("FAKE_SLEEP", "10");
    ClaudeCliAgent agent = agent(Duration.ofSeconds(1));

    assertThatThrownBy(() -> agent.investigate(prompt()))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE));
  }
}

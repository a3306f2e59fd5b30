package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.securityguidance.agent.testing.Replies.text;
import static org.securityguidance.agent.testing.Replies.toolUse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.agent.testing.Replies;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.testing.TestRepo;
import org.securityguidance.finding.Finding;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.sys.Env;

/** The assembled commit review from environment-shaped configuration, over the fake API and a fake CLI. */
class CommitReviewSetupTest {
  @TempDir Path tmp;
  TestRepo repo;
  final FakeMessagesServer server = FakeMessagesServer.start();
  final UsageMeter meter = new UsageMeter();
  final List<String> log = new ArrayList<>();

  @BeforeEach
  void repo() throws IOException {
    repo = InvoiceRepo.create(tmp.resolve("repo"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  CommitReviewOutcome run(Map<String, String> vars, ToolBox tools) {
    Map<String, String> all = new HashMap<>(vars);
    all.put("HOME", tmp.resolve("home").toString());
    all.put("PATH", System.getenv("PATH"));
    Env env = new Env(all);
    CommitReviewSetup setup = new CommitReviewSetup(TransportConfig.from(env, log::add), env,
        AgenticConfig.from(env), tools, RepoTools.reader(repo.dir), repo.dir, meter, Clock.systemUTC(), log::add);
    return setup.runner().run(new ReviewInput(repo.headDiff(), List.of(), "", RepoTools.reader(repo.dir)));
  }

  Map<String, String> api() {
    return Map.of("ANTHROPIC_BASE_URL", server.baseUrl(), "ANTHROPIC_API_KEY", "sk-test",
        "SECURITY_REVIEW_MODEL", "claude-review-test", "SG_AGENTIC_MODEL", "claude-agent-test");
  }

  @Test
  void onTheApiTheAgenticReviewUsesTheToolsAndTheAgenticModel() {
    server.enqueue(
        FakeReply.message("tool_use", List.of(text("Reading."),
            toolUse("toolu_1", "Read", Map.of("path", InvoiceRepo.HELPER))), FakeReply.usage(900, 80, 0, 0)),
        FakeReply.message("end_turn", List.of(text(Replies.findings(List.of(
            Replies.vuln(InvoiceRepo.HELPER, 4, "idor", "high", InvoiceRepo.HELPER_SINK))))),
            FakeReply.usage(1500, 300, 0, 0)),
        FakeReply.messageWithJson(Replies.verdicts(List.of())));

    CommitReviewOutcome o = run(api(), new ToolBox(RepoTools.over(repo.dir)));

    assertThat(o.winner()).isEqualTo(RaceWinner.AGENTIC);
    assertThat(o.result().findings()).extracting(Finding::filePath).containsExactly(InvoiceRepo.HELPER);
    assertThat(server.requests()).allSatisfy(r -> assertThat(r.body()).contains("\"claude-agent-test\""));
    assertThat(meter.snapshot().apiCalls()).isEqualTo(3);
  }

  @Test
  void withoutToolsOnlyTheSingleShotReviewRunsOnTheReviewModel() {
    server.enqueue(FakeReply.messageWithJson(Map.of("hasVulnerabilities", true, "vulnerabilities", List.of(
        Map.of("filePath", InvoiceRepo.CONTROLLER, "line", 8L, "category", "idor", "severity", "high",
            "vulnerableCode", InvoiceRepo.CONTROLLER_CALL.strip(), "explanation", "x", "fix", "y")))));

    CommitReviewOutcome o = run(api(), null);

    assertThat(o.fallback()).isEqualTo(AgenticFallback.CANNOT_START);
    assertThat(o.result().findings()).hasSize(1);
    assertThat(server.lastRequest().body()).contains("\"claude-review-test\"");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void onAThirdPartyProviderTheUsersCliInvestigatesAndChecks() throws IOException {
    Path cli = tmp.resolve("bin/claude");
    Files.createDirectories(cli.getParent());
    Files.writeString(cli, """
        #!/bin/sh
        cat > /dev/null
        echo "$@" >> "$FAKE_OUT/calls"
        case "$*" in
          *verdicts*) cat "$FAKE_OUT/check.json" ;;
          *) cat "$FAKE_OUT/result.json" ;;
        esac
        """);
    Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(tmp.resolve("result.json"), Json.write(Map.of("type", "result", "subtype", "success",
        "num_turns", 6L, "structured_output", Json.parseObject(Replies.findings(List.of(
            Replies.vuln(InvoiceRepo.HELPER, 4, "idor", "high", InvoiceRepo.HELPER_SINK)))))));
    Files.writeString(tmp.resolve("check.json"), Json.write(Map.of("type", "result", "subtype", "success",
        "structured_output", Json.parseObject(Replies.verdicts(List.<Object[]>of(
            new Object[] {0, true, InvoiceRepo.CONTROLLER, "@login_required"}))))));

    CommitReviewOutcome o = run(Map.of("CLAUDE_CODE_USE_BEDROCK", "1", "SG_AGENTIC_CLI_PATH", cli.toString(),
        "FAKE_OUT", tmp.toString()), null);

    assertThat(o.winner()).isEqualTo(RaceWinner.AGENTIC);
    assertThat(o.result().findings()).isEmpty();
    assertThat(o.agentic().refuted()).isEqualTo(1);
    assertThat(o.loop().turns()).isEqualTo(6);
    String[] calls = Files.readString(tmp.resolve("calls")).split("-p --output-format json ");
    assertThat(calls).hasSize(3);
    assertThat(calls[1]).startsWith("--model opus").contains("--tools Read,Grep,Glob").contains("--max-turns 18");
    assertThat(calls[2]).as("the self-check runs without tools").contains("--tools  --strict-mcp-config")
        .contains("verdicts");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void onAThirdPartyProviderWithoutACliTheReviewFailsCleanly() {
    CommitReviewOutcome o = run(Map.of("CLAUDE_CODE_USE_VERTEX", "1",
        "SG_AGENTIC_CLI_PATH", tmp.resolve("nowhere/claude").toString()), null);

    assertThat(o.succeeded()).isFalse();
    assertThat(o.fallback()).isEqualTo(AgenticFallback.CANNOT_START);
    assertThat(o.failure().reason()).isEqualTo(Reason.CLI_FAILED);
  }
}

package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.securityguidance.agent.testing.Replies.text;
import static org.securityguidance.agent.testing.Replies.toolUse;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.agent.testing.Replies;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.testing.TestRepo;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.CredentialSelector;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.HttpEndpoint;
import org.securityguidance.review.api.HttpMessagesClient;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.ProxySettings;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;
import org.securityguidance.review.single.ReviewInput;

/** The agentic reviewer end to end over real HTTP to the fake Messages API, on a real repository and commit. */
class AgenticReviewerHttpTest {
  @TempDir Path tmp;
  final FakeMessagesServer server = FakeMessagesServer.start();
  final List<String> log = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aVulnerabilityAcrossTwoFilesIsFoundThroughToolCallsAndAnchoredInTheHelper()
      throws IOException, ReviewUnavailable {
    TestRepo repo = InvoiceRepo.create(tmp.resolve("repo"));
    server.enqueue(
        toolReply(toolUse("toolu_1", "Read", Map.of("path", InvoiceRepo.CONTROLLER))),
        toolReply(toolUse("toolu_2", "Grep", Map.of("pattern", "def load_invoice"))),
        toolReply(toolUse("toolu_3", "Read", Map.of("path", InvoiceRepo.HELPER))),
        FakeReply.message("end_turn", List.of(text(Replies.findings(List.of(
            Replies.vuln(InvoiceRepo.HELPER, 9, "IDOR", "high", InvoiceRepo.HELPER_SINK))))),
            FakeReply.usage(3000, 400, 0, 0)),
        FakeReply.messageWithJson(Replies.verdicts(List.<Object[]>of(new Object[] {0, false, "", ""}))));

    AgenticOutcome outcome = reviewer(repo).review(new ReviewInput(repo.headDiff(), List.of(), "", null));

    assertThat(outcome.result().findings()).singleElement().satisfies(f -> {
      assertThat(f.filePath()).isEqualTo(InvoiceRepo.HELPER);
      assertThat(f.line()).as("the anchored line, not the model's hint").isEqualTo(4);
      assertThat(f.category()).isEqualTo("authorization");
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
    });
    assertThat(outcome.stats().candidates()).isEqualTo(1);
    assertThat(outcome.stats().survived()).isEqualTo(1);
    assertThat(outcome.stats().loop().turns()).isEqualTo(4);
    assertThat(outcome.stats().loop().toolCalls()).containsEntry("Read", 2).containsEntry("Grep", 1);
    assertThat(outcome.result().apiCalls()).isEqualTo(5);
    assertThat(outcome.result().usage().inputTokens()).isEqualTo(3 * 1000 + 3000 + 100);

    List<RecordedRequest> requests = server.requests();
    assertThat(requests).hasSize(5);
    Map<String, Object> first = Json.parseObject(requests.get(0).body());
    assertThat(JsonView.array(first, "tools")).hasSize(3);
    assertThat(JsonView.object(first, "output_config")).as("no schema while investigating")
        .doesNotContainKey("format");
    assertThat(requests.get(0).body()).contains("SG-DIFF-").contains(InvoiceRepo.CONTROLLER)
        .doesNotContain("def load_invoice(db, invoice_id)");
    assertThat(requests.get(1).body()).contains("toolu_1").contains("@login_required");
    assertThat(requests.get(3).body()).contains("toolu_3").contains("def load_invoice(db, invoice_id)");
    Map<String, Object> check = Json.parseObject(requests.get(4).body());
    assertThat(check).doesNotContainKey("tools");
    assertThat(Json.write(JsonView.object(check, "output_config"))).contains("verdicts");
    assertThat(requests).allSatisfy(r -> assertThat(r.headers()).containsEntry("x-api-key", "sk-test"));
    assertThat(String.join("\n", log)).doesNotContain("SELECT").doesNotContain("jsonify");
  }

  @Test
  void anAuthFailureOfTheInvestigationPropagates() throws IOException {
    TestRepo repo = InvoiceRepo.create(tmp.resolve("repo"));
    server.enqueue(FakeReply.error(401, "authentication_error"));

    AgenticReviewer reviewer = reviewer(repo);
    ReviewInput in = new ReviewInput(repo.headDiff(), List.<Finding>of(), "", null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviewer.review(in))
        .isInstanceOfSatisfying(ReviewUnavailable.class,
            e -> assertThat(e.reason()).isEqualTo(ReviewUnavailable.Reason.AUTH));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  private AgenticReviewer reviewer(TestRepo repo) {
    Deadline deadline = Deadline.after(Clock.systemUTC(), Duration.ofSeconds(60));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .proxy(ProxySettings.NONE.selector()).build();
    MessagesClient client = new HttpMessagesClient(http, new HttpEndpoint(server.baseUrl(), List.of(), "sg-test"),
        new CredentialSelector("sk-test", null), Duration.ofSeconds(20), deadline, log::add);
    ApiInvestigator investigator = new ApiInvestigator(client, "claude-opus-5-5",
        new ToolBox(RepoTools.over(repo.dir)), LoopBudget.defaults(), deadline, log::add);
    return new AgenticReviewer(investigator, client, "claude-opus-5-5", AgenticConfig.defaults(), deadline,
        RepoTools.reader(repo.dir), log::add);
  }

  private static FakeReply toolReply(Map<String, Object> use) {
    return FakeReply.message("tool_use", List.of(text("Checking."), use), FakeReply.usage(1000, 100, 0, 0));
  }
}

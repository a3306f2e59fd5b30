package org.securityguidance.review.single;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.securityguidance.review.testing.InMemoryMessagesClient.vuln;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.prompt.OutputSchema;
import org.securityguidance.review.prompt.PromptBuilder;
import org.securityguidance.review.testing.Diffs;
import org.securityguidance.review.testing.InMemoryMessagesClient;
import org.securityguidance.review.verify.VerifyCounts;

class SingleShotReviewerTest {
  static final String SHELL = "subprocess.call('ls ' + user, shell=True)";
  static final ReviewInput INPUT = new ReviewInput(Diffs.BOTH,
      List.of(Diffs.previous("web/util.js", "xss", "document.write(x)")), "### User security guidance\nrule",
      p -> Optional.empty());

  final InMemoryMessagesClient client = new InMemoryMessagesClient();
  final List<String> log = new ArrayList<>();

  SingleShotReviewer reviewer(boolean dualOr) {
    return new SingleShotReviewer(client, "claude-opus-4-7", dualOr, new PromptBuilder(), log::add);
  }

  @Test
  void theRequestCarriesTheFixedSystemPromptTheCachedRubricAndTheStrictSchema() throws Exception {
    client.thenFindings(List.of());
    reviewer(false).review(INPUT);
    MessagesRequest request = client.requests().get(0);
    assertThat(request.model()).isEqualTo("claude-opus-4-7");
    assertThat(request.maxTokens()).isEqualTo(16_000);
    assertThat(request.system()).isEqualTo("You are a Claude agent, built on Anthropic's Claude Agent SDK.");
    assertThat(request.outputSchema()).isEqualTo(OutputSchema.singleShot());
    assertThat(request.tools()).isEmpty();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> blocks = (List<Map<String, Object>>) request.messages().get(0).get("content");
    assertThat(blocks.get(0)).containsKey("cache_control");
    String perCall = (String) blocks.get(1).get("text");
    assertThat(perCall).contains("- web/util.js [xss]: document.write(x)").contains("<<<SG-POLICY-")
        .contains(SHELL);
  }

  @Test
  void onlyAnchoredFindingsOfMediumOrAboveAreReturnedInOrder() throws Exception {
    client.thenFindings(List.of(
        vuln("web/util.js", "XSS", "medium", "el.innerHTML = html;", "use textContent"),
        vuln("app.py", "Command Injection", "high", SHELL, "pass a list, no shell"),
        vuln("app.py", "SQL Injection", "critical", "db.execute('DELETE FROM users WHERE id=' + uid)", "bind"),
        vuln("config/settings.py", "Hardcoded Secrets", "high", "SECRET_KEY = 'abc'", "env"),
        vuln("app.py", "Missing security headers", "low", "return 'ok'", "add headers")));
    ReviewResult r = reviewer(false).review(INPUT);
    assertThat(r.findings()).extracting(f -> f.severity() + " " + f.category() + " " + f.filePath() + ":" + f.line())
        .containsExactly("HIGH command_injection app.py:6", "MEDIUM xss web/util.js:3");
    assertThat(r.counts()).isEqualTo(new VerifyCounts(5, 1, 2, 0));
    assertThat(r.usage()).isEqualTo(new Usage(1000, 200, 0, 0));
    assertThat(r.model()).isEqualTo("claude-test-model");
    assertThat(r.apiCalls()).isEqualTo(1);
    assertThat(log).noneMatch(l -> l.contains("DELETE FROM") || l.contains("SECRET_KEY"));
  }

  @Test
  void aFakeModelThatInventsCodeYieldsNoFindingsButAnAnsweredReview() throws Exception {
    client.thenFindings(List.of(vuln("app.py", "RCE", "critical", "eval(request.data)", "remove eval")));
    ReviewResult r = reviewer(false).review(INPUT);
    assertThat(r.findings()).isEmpty();
    assertThat(r.counts().droppedUnanchored()).isEqualTo(1);
  }

  @Test
  void transportFailuresPropagateAsUnavailable() {
    client.thenFail(Reason.SERVER_ERROR, 529);
    assertThatThrownBy(() -> reviewer(false).review(INPUT))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.httpStatus()).isEqualTo(529));
  }

  @Test
  void anUnparseableAnswerIsUnavailableNotClean() {
    client.thenText("I can't help with that.");
    assertThatThrownBy(() -> reviewer(false).review(INPUT)).isInstanceOfSatisfying(ReviewUnavailable.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE));
  }

  @Test
  void aRefusalStopReasonIsUnavailable() {
    client.then(r -> InMemoryMessagesClient.textResponse("{\"hasVulnerabilities\":false,\"vulnerabilities\":[]}",
        "refusal"));
    assertThatThrownBy(() -> reviewer(false).review(INPUT)).isInstanceOfSatisfying(ReviewUnavailable.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.REFUSAL));
  }

  @Test
  void noFilesMeansNoCall() throws Exception {
    ReviewResult r = reviewer(false).review(new ReviewInput(List.of(), List.of(), "", null));
    assertThat(r.findings()).isEmpty();
    assertThat(r.apiCalls()).isZero();
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void dualLegsRunInParallelAndTheirFindingsMergeWithoutDuplicates() throws Exception {
    CyclicBarrier bothInFlight = new CyclicBarrier(2);
    String a = json(List.of(vuln("app.py", "command_injection", "high", SHELL, "leg A fix")));
    String b = json(List.of(vuln("app.py", "Command Injection", "high", SHELL, "leg B fix"),
        vuln("web/util.js", "xss", "medium", "el.innerHTML = html;", "textContent")));
    client.then(r -> meet(bothInFlight, a)).then(r -> meet(bothInFlight, b));
    ReviewResult r = reviewer(true).review(INPUT);
    assertThat(client.requests()).hasSize(2);
    assertThat(client.requests().get(0)).isEqualTo(client.requests().get(1));
    assertThat(r.findings()).extracting(Finding::category).containsExactly("command_injection", "xss");
    assertThat(r.counts().candidates()).isEqualTo(3);
    assertThat(r.counts().deduped()).isEqualTo(1);
    assertThat(r.usage()).isEqualTo(new Usage(2000, 400, 0, 0));
    assertThat(r.apiCalls()).isEqualTo(2);
    assertThat(r.failedLegs()).isEmpty();
  }

  @Test
  void oneFailedLegIsFineWhenTheOtherAnswered() throws Exception {
    client.thenFail(Reason.RATE_LIMITED, 429)
        .thenFindings(List.of(vuln("app.py", "command_injection", "high", SHELL, "fix")));
    ReviewResult r = reviewer(true).review(INPUT);
    assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.HIGH);
    assertThat(r.failedLegs()).extracting(ReviewUnavailable::reason).containsExactly(Reason.RATE_LIMITED);
    assertThat(log).anyMatch(l -> l.contains("dual leg failed") && l.contains("RATE_LIMITED"));
  }

  @Test
  void aLegWithAnUnusableAnswerCountsAsFailed() throws Exception {
    client.thenText("not json").thenFindings(List.of());
    ReviewResult r = reviewer(true).review(INPUT);
    assertThat(r.findings()).isEmpty();
    assertThat(r.failedLegs()).extracting(ReviewUnavailable::reason).containsExactly(Reason.BAD_RESPONSE);
  }

  @Test
  void bothLegsFailingIsUnavailable() {
    client.thenFail(Reason.AUTH, 401).thenFail(Reason.AUTH, 401);
    assertThatThrownBy(() -> reviewer(true).review(INPUT)).isInstanceOfSatisfying(ReviewUnavailable.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.AUTH);
      assertThat(e.getSuppressed()).hasSize(1);
    });
  }

  /** Answers only once the other leg is in flight too: sequential legs would time out here. */
  private static org.securityguidance.review.api.MessagesResponse meet(CyclicBarrier barrier, String text) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the two legs did not run in parallel", e);
    }
    return InMemoryMessagesClient.textResponse(text, "end_turn");
  }

  private static String json(List<Map<String, Object>> vulns) {
    return org.securityguidance.json.Json.write(Map.of("hasVulnerabilities", true, "vulnerabilities", vulns));
  }
}

package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.securityguidance.agent.testing.Replies.findings;
import static org.securityguidance.agent.testing.Replies.verdicts;
import static org.securityguidance.agent.testing.Replies.vuln;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.testing.TestRepo;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.testing.InMemoryMessagesClient;
import org.securityguidance.testkit.MutableClock;

/** Stages 2 and 3 of the agentic review on a real repository, with scripted investigation answers. */
class AgenticReviewerTest {
  @TempDir Path tmp;
  TestRepo repo;
  final MutableClock clock = new MutableClock();
  final InMemoryMessagesClient check = new InMemoryMessagesClient();
  final List<String> log = new ArrayList<>();

  @BeforeEach
  void repo() throws IOException {
    repo = InvoiceRepo.create(tmp.resolve("repo"));
  }

  AgenticReviewer reviewer(Investigator investigator, AgenticConfig config) {
    return new AgenticReviewer(investigator, check, "claude-test-model", config,
        Deadline.after(clock, Duration.ofSeconds(180)), RepoTools.reader(repo.dir), log::add);
  }

  static Investigator answering(String answer) {
    return prompt -> new Investigation(answer, new LoopStats(3, Map.of("Read", 2), 0, new Usage(500, 50, 0, 0),
        LoopStop.END_TURN, false, 10), "claude-test-model");
  }

  ReviewInput input(List<Finding> previous) {
    return new ReviewInput(repo.headDiff(), previous, "", null);
  }

  @Test
  void findingsWhoseFileOrCodeDoesNotExistAreDroppedAndCounted() throws ReviewUnavailable {
    String answer = findings(List.of(
        vuln(InvoiceRepo.CONTROLLER, 0, "idor", "high", InvoiceRepo.CONTROLLER_CALL),
        vuln(InvoiceRepo.HELPER, 4, "sql_injection", "critical", "db.execute(\"SELECT * FROM invoices\" + invoice_id)"),
        vuln("app/services/billing.py", 3, "ssrf", "high", "requests.get(url)"),
        vuln("../outside/secrets.py", 1, "hardcoded_secret", "high", "API_KEY = 'x'"),
        vuln(InvoiceRepo.HELPER, 4, "authorization", "low", InvoiceRepo.HELPER_SINK)));
    check.thenText(verdicts(List.<Object[]>of(new Object[] {0, false, "", ""})));

    AgenticOutcome outcome = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of()));

    assertThat(outcome.result().findings()).singleElement().satisfies(f -> {
      assertThat(f.filePath()).isEqualTo(InvoiceRepo.CONTROLLER);
      assertThat(f.line()).isEqualTo(8);
    });
    assertThat(outcome.stats().candidates()).isEqualTo(4);
    assertThat(outcome.stats().unanchored()).isEqualTo(3);
    assertThat(outcome.result().counts().droppedLow()).isEqualTo(1);
    assertThat(outcome.result().counts().candidates()).isEqualTo(5);
    assertThat(String.join("\n", log)).contains("CODE_NOT_FOUND=2").contains("BAD_PATH=1")
        .doesNotContain("requests.get");
  }

  @Test
  void aQuoteCopiedWithReadLineNumbersStillAnchors() throws ReviewUnavailable {
    String answer = findings(List.of(vuln(InvoiceRepo.HELPER, 0, "authorization", "high",
        "4\t" + InvoiceRepo.HELPER_SINK)));
    check.thenText(verdicts(List.of()));

    AgenticOutcome outcome = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of()));

    assertThat(outcome.result().findings()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(4);
      assertThat(f.vulnerableCode()).doesNotStartWith("4");
    });
  }

  @Test
  void aRefutationCountsOnlyWithEvidenceFoundInTheRepository() throws ReviewUnavailable {
    String answer = findings(List.of(
        vuln(InvoiceRepo.HELPER, 4, "authorization", "high", InvoiceRepo.HELPER_SINK),
        vuln(InvoiceRepo.CONTROLLER, 8, "authorization", "medium", InvoiceRepo.CONTROLLER_CALL)));
    check.thenText(verdicts(List.of(
        new Object[] {0, true, InvoiceRepo.HELPER, "if invoice.owner_id != current_user.id: abort(403)"},
        new Object[] {1, true, InvoiceRepo.CONTROLLER, "@login_required"})));

    AgenticOutcome outcome = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of()));

    assertThat(outcome.result().findings()).singleElement()
        .satisfies(f -> assertThat(f.filePath()).isEqualTo(InvoiceRepo.HELPER));
    assertThat(outcome.stats().refuted()).isEqualTo(1);
    assertThat(outcome.stats().refuteUnbacked()).isEqualTo(1);
    assertThat(outcome.stats().selfCheck()).isEqualTo(1);
    String prompt = (String) check.requests().get(0).messages().get(0).get("content");
    assertThat(prompt).contains("SG-FINDING-").contains("SG-EXCERPT-").contains("4| " + InvoiceRepo.HELPER_SINK);
    assertThat(check.requests().get(0).tools()).isEmpty();
    assertThat(check.requests().get(0).outputSchema()).containsKey("properties");
    assertThat(outcome.result().apiCalls()).isEqualTo(4);
    assertThat(outcome.result().usage().inputTokens()).isEqualTo(1500);
  }

  @Test
  void aFailedOrUnreadableSelfCheckKeepsEveryCandidate() throws ReviewUnavailable {
    String answer = findings(List.of(vuln(InvoiceRepo.HELPER, 4, "authorization", "high", InvoiceRepo.HELPER_SINK)));
    check.thenFail(Reason.SERVER_ERROR, 500);
    check.thenText("not json at all");

    AgenticOutcome failed = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of()));
    AgenticOutcome unreadable = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of()));

    assertThat(failed.result().findings()).hasSize(1);
    assertThat(failed.stats().selfCheck()).isEqualTo(2);
    assertThat(unreadable.result().findings()).hasSize(1);
    assertThat(unreadable.stats().selfCheck()).isEqualTo(2);
  }

  @Test
  void theSelfCheckCanBeSwitchedOffAndMediumFindingsExcluded() throws ReviewUnavailable {
    String answer = findings(List.of(
        vuln(InvoiceRepo.HELPER, 4, "authorization", "high", InvoiceRepo.HELPER_SINK),
        vuln(InvoiceRepo.CONTROLLER, 8, "authorization", "medium", InvoiceRepo.CONTROLLER_CALL)));
    AgenticConfig config = new AgenticConfig(true, LoopBudget.defaults(), Duration.ofSeconds(180), true, false, true);

    AgenticOutcome outcome = reviewer(answering(answer), config).review(input(List.of()));

    assertThat(outcome.result().findings()).extracting(Finding::severity).containsExactly(Severity.HIGH);
    assertThat(check.requests()).isEmpty();
    assertThat(outcome.stats().selfCheck()).isEqualTo(3);
  }

  @Test
  void findingsAlreadyReportedThisSessionAreNotReportedAgain() throws ReviewUnavailable {
    String answer = findings(List.of(vuln(InvoiceRepo.HELPER, 4, "IDOR", "high", InvoiceRepo.HELPER_SINK)));
    Finding earlier = new Finding(InvoiceRepo.HELPER, "authorization", Severity.HIGH, InvoiceRepo.HELPER_SINK.strip(),
        "", "", 4);

    AgenticOutcome outcome = reviewer(answering(answer), AgenticConfig.defaults()).review(input(List.of(earlier)));

    assertThat(outcome.result().findings()).isEmpty();
    assertThat(outcome.result().counts().deduped()).isEqualTo(1);
    assertThat(check.requests()).as("nothing left to check").isEmpty();
  }

  @Test
  void theInvestigationPromptFramesTheDiffAsDataAndListsEarlierFindings() throws ReviewUnavailable {
    List<InvestigationPrompt> seen = new ArrayList<>();
    Investigator capture = prompt -> {
      seen.add(prompt);
      return answering(findings(List.of())).investigate(prompt);
    };
    Finding earlier = new Finding("app/old.py", "xss", Severity.HIGH, "render(raw)", "", "", 3);

    reviewer(capture, AgenticConfig.defaults()).review(input(List.of(earlier)));

    InvestigationPrompt p = seen.get(0);
    assertThat(p.system()).contains("Read").contains("Grep").contains("Glob");
    assertThat(p.rubric()).contains("command_injection");
    assertThat(p.request()).contains("<<<SG-DIFF-" + p.nonce() + " path=\"" + InvoiceRepo.CONTROLLER + "\"")
        .contains("<<<SG-PREVIOUS-" + p.nonce()).contains("app/old.py [xss]: render(raw)")
        .contains("reply with only one JSON object");
    assertThat(p.firstUserContent().get(0)).containsKey("cache_control");
  }

  @Test
  void noAnswerFromTheInvestigationIsAFailureNeverAnEmptyResult() {
    Investigator outOfTurns = prompt -> new Investigation(null, LoopStats.none(LoopStop.MAX_TURNS), "m");
    Investigator outOfTime = prompt -> new Investigation(null, LoopStats.none(LoopStop.DEADLINE), "m");
    Investigator garbage = prompt -> new Investigation("no json here", LoopStats.none(LoopStop.END_TURN), "m");

    assertThatThrownBy(() -> reviewer(outOfTurns, AgenticConfig.defaults()).review(input(List.of())))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE));
    assertThatThrownBy(() -> reviewer(outOfTime, AgenticConfig.defaults()).review(input(List.of())))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE));
    assertThatThrownBy(() -> reviewer(garbage, AgenticConfig.defaults()).review(input(List.of())))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE));
  }

  @Test
  void nothingToReviewMakesNoCall() throws ReviewUnavailable {
    Investigator never = prompt -> {
      throw new AssertionError("no investigation expected");
    };

    AgenticOutcome outcome = reviewer(never, AgenticConfig.defaults())
        .review(new ReviewInput(List.of(), List.of(), "", null));

    assertThat(outcome.result().findings()).isEmpty();
    assertThat(outcome.result().apiCalls()).isZero();
  }

  @Test
  void anEndTurnAnswerIsRecognisedWithOrWithoutAFence() {
    assertThat(ApiInvestigator.isFindingsAnswer(findings(List.of()))).isTrue();
    assertThat(ApiInvestigator.isFindingsAnswer("```json\n" + findings(List.of()) + "\n```")).isTrue();
    assertThat(ApiInvestigator.isFindingsAnswer("The code looks fine.")).isFalse();
  }
}

package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.agent.testing.Replies;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.testing.TestRepo;
import org.securityguidance.finding.Finding;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.single.ReviewResult;
import org.securityguidance.review.single.SingleShotReviewer;
import org.securityguidance.review.testing.InMemoryMessagesClient;
import org.securityguidance.review.verify.VerifyCounts;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.testkit.MutableClock;

/** The race between the agentic and the single-shot review (spec llm-review §6.4–6.5, V-OUTCOME). */
class CommitReviewRunnerTest {
  static final ReviewInput INPUT = new ReviewInput(List.of(), List.of(), "", null);
  static final Duration DELAY = Duration.ofMillis(150);

  final List<String> log = new ArrayList<>();
  final AtomicInteger singleCalls = new AtomicInteger();
  final AtomicBoolean agenticInterrupted = new AtomicBoolean();

  static AgenticConfig config(boolean enabled, boolean race) {
    return new AgenticConfig(enabled, LoopBudget.defaults(), DELAY, race, true, false);
  }

  static ReviewResult result(String model) {
    return new ReviewResult(List.of(), VerifyCounts.NONE, Usage.NONE, model, 1, List.of());
  }

  static AgenticOutcome agenticOutcome() {
    LoopStats loop = new LoopStats(5, Map.of("Read", 3, "Grep", 1), 1, Usage.NONE, LoopStop.END_TURN, false, 9);
    return new AgenticOutcome(result("agentic"), new AgenticStats(3, 1, 1, 0, 1, 1, loop, 9));
  }

  CommitReviewRunner.SingleShotAttempt single(long sleepMillis, Reason failure) {
    return in -> {
      singleCalls.incrementAndGet();
      sleep(sleepMillis);
      if (failure != null) {
        throw new ReviewUnavailable(failure, 500, "scripted");
      }
      return result("single");
    };
  }

  AgenticAttempt agentic(long sleepMillis, Reason failure) {
    return in -> {
      try {
        Thread.sleep(sleepMillis);
      } catch (InterruptedException e) {
        agenticInterrupted.set(true);
        throw new ReviewUnavailable(Reason.DEADLINE, -1, "interrupted");
      }
      if (failure != null) {
        throw new ReviewUnavailable(failure, -1, "scripted");
      }
      return agenticOutcome();
    };
  }

  CommitReviewOutcome run(AgenticConfig config, AgenticAttempt agentic, CommitReviewRunner.SingleShotAttempt single,
      Duration maxWait) {
    return new CommitReviewRunner(config, agentic, single, maxWait, log::add).run(INPUT);
  }

  @Test
  void anAgenticAnswerBeforeTheDelayWinsAndNoFallbackRuns() {
    CommitReviewOutcome o = run(config(true, true), agentic(0, null), single(0, null), Duration.ofSeconds(10));

    assertThat(o.result().model()).isEqualTo("agentic");
    assertThat(o.winner()).isEqualTo(RaceWinner.AGENTIC);
    assertThat(singleCalls).hasValue(0);
    assertThat(o.metrics()).containsExactly(Map.entry("agentic", 1L), Map.entry("race_winner", 1L),
        Map.entry("candidates", 3L), Map.entry("survived", 1L), Map.entry("turns", 5L), Map.entry("tool_calls", 4L),
        Map.entry("refusals", 1L), Map.entry("agentic_stop", 1L), Map.entry("unanchored", 1L),
        Map.entry("refuted", 1L));
    MetricLine line = MetricLine.empty();
    o.writeTo(line);
    assertThat(line.asMap()).containsEntry("agentic", 1L).hasSize(10);
  }

  @Test
  void anAgenticFailureHandsOverToTheSingleShotReview() {
    CommitReviewOutcome o = run(config(true, true), agentic(0, Reason.REFUSAL), single(0, null),
        Duration.ofSeconds(10));

    assertThat(o.result().model()).isEqualTo("single");
    assertThat(o.winner()).isEqualTo(RaceWinner.FALLBACK);
    assertThat(o.fallback()).isEqualTo(AgenticFallback.FAILED);
    assertThat(o.raceStarted()).isFalse();
    assertThat(o.metrics()).containsEntry("agentic", 0L).containsEntry("race_winner", 2L)
        .containsEntry("agentic_fallback", 2L).doesNotContainKey("race_started");
  }

  @Test
  void aSlowAgenticReviewStartsTheFallbackAndTheFirstAnswerWins() {
    CommitReviewOutcome o = run(config(true, true), agentic(10_000, null), single(0, null), Duration.ofSeconds(10));

    assertThat(o.winner()).isEqualTo(RaceWinner.FALLBACK);
    assertThat(o.raceStarted()).isTrue();
    assertThat(o.fallback()).isNull();
    assertThat(o.metrics()).containsEntry("race_started", 1L).doesNotContainKey("agentic_fallback");
    waitFor(agenticInterrupted);
  }

  @Test
  void aFailedFallbackDoesNotWinWhileTheAgenticReviewMayStillAnswer() {
    CommitReviewOutcome o = run(config(true, true), agentic(DELAY.toMillis() + 300, null), single(0, Reason.SERVER_ERROR),
        Duration.ofSeconds(10));

    assertThat(o.winner()).isEqualTo(RaceWinner.AGENTIC);
    assertThat(o.raceStarted()).isTrue();
    assertThat(singleCalls).hasValue(1);
  }

  @Test
  void whenBothFailTheOutcomeIsAFailureNeverAnEmptyResult() {
    CommitReviewOutcome o = run(config(true, true), agentic(DELAY.toMillis() + 200, Reason.BAD_RESPONSE),
        single(0, Reason.RATE_LIMITED), Duration.ofSeconds(10));

    assertThat(o.succeeded()).isFalse();
    assertThat(o.failure().reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(o.fallback()).isEqualTo(AgenticFallback.FAILED);
    assertThat(o.timedOut()).isFalse();
    assertThat(o.metrics()).containsEntry("agentic", 0L).doesNotContainKey("race_winner");
  }

  @Test
  void switchedOffTheAgenticReviewNeverRuns() {
    AgenticAttempt never = in -> {
      throw new AssertionError("agentic review must not run");
    };

    CommitReviewOutcome o = run(config(false, true), never, single(0, null), Duration.ofSeconds(10));

    assertThat(o.result().model()).isEqualTo("single");
    assertThat(o.metrics()).containsExactly(Map.entry("agentic", 0L));
  }

  @Test
  void anAgenticReviewerThatCannotStartIsCountedAsFallbackOne() {
    CommitReviewOutcome o = run(config(true, true), null, single(0, null), Duration.ofSeconds(10));

    assertThat(o.winner()).isEqualTo(RaceWinner.FALLBACK);
    assertThat(o.metrics()).containsEntry("agentic_fallback", 1L);
  }

  @Test
  void withoutTheRaceTheFallbackWaitsForAnAgenticFailure() {
    CommitReviewOutcome o = run(config(true, false), agentic(DELAY.toMillis() + 200, null), single(0, null),
        Duration.ofSeconds(10));

    assertThat(o.winner()).isEqualTo(RaceWinner.AGENTIC);
    assertThat(singleCalls).hasValue(0);
    assertThat(o.raceStarted()).isFalse();
  }

  @Test
  void nothingWithinTheOverallDeadlineIsATimeout() {
    CommitReviewOutcome o = run(config(true, true), agentic(10_000, null), single(10_000, null),
        Duration.ofMillis(400));

    assertThat(o.succeeded()).isFalse();
    assertThat(o.timedOut()).isTrue();
    assertThat(o.failure().reason()).isEqualTo(Reason.DEADLINE);
    waitFor(agenticInterrupted);
  }

  @Test
  void anAgenticReviewOutOfTimeFallsBackToTheSingleShotReviewOfTheSameDiff(@TempDir Path tmp)
      throws IOException {
    TestRepo repo = InvoiceRepo.create(tmp.resolve("repo"));
    MutableClock clock = new MutableClock();
    Deadline deadline = Deadline.after(clock, Duration.ofSeconds(180));
    InMemoryMessagesClient agentClient = new InMemoryMessagesClient();
    agentClient.then(r -> {
      clock.advance(Duration.ofSeconds(181));
      return Replies.toolTurn(Replies.usage(100, 10),
          List.of(Replies.toolUse("t1", "Read", Map.of("path", InvoiceRepo.CONTROLLER))));
    });
    ApiInvestigator investigator = new ApiInvestigator(agentClient, "claude-test-model",
        new ToolBox(RepoTools.over(repo.dir)), LoopBudget.defaults(), deadline, log::add);
    AgenticReviewer agentic = new AgenticReviewer(investigator, agentClient, "claude-test-model",
        AgenticConfig.defaults(), deadline, RepoTools.reader(repo.dir), log::add);
    InMemoryMessagesClient singleClient = new InMemoryMessagesClient().thenFindings(List.of(
        InMemoryMessagesClient.vuln(InvoiceRepo.CONTROLLER, "idor", "high", InvoiceRepo.CONTROLLER_CALL, "check")));
    SingleShotReviewer single = new SingleShotReviewer(singleClient, "claude-test-model", false);

    CommitReviewOutcome o = new CommitReviewRunner(AgenticConfig.defaults(), agentic, single::review, log::add)
        .run(new ReviewInput(repo.headDiff(), List.of(), "", RepoTools.reader(repo.dir)));

    assertThat(o.winner()).isEqualTo(RaceWinner.FALLBACK);
    assertThat(o.fallback()).isEqualTo(AgenticFallback.FAILED);
    assertThat(o.result().findings()).extracting(Finding::filePath).containsExactly(InvoiceRepo.CONTROLLER);
    assertThat(o.loop().stop()).isEqualTo(LoopStop.DEADLINE);
    assertThat(o.metrics()).containsEntry("agentic_stop", 4L).containsEntry("turns", 1L)
        .containsEntry("agentic_fallback", 2L);
    assertThat(agentClient.requests()).hasSize(1);
    assertThat(singleClient.requests()).hasSize(1);
  }

  private static void sleep(long millis) throws ReviewUnavailable {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "interrupted");
    }
  }

  private static void waitFor(AtomicBoolean flag) {
    CountDownLatch never = new CountDownLatch(1);
    for (int i = 0; i < 100 && !flag.get(); i++) {
      try {
        never.await(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(flag).as("the losing review was interrupted").isTrue();
  }
}

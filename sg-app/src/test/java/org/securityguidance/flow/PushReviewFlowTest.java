package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.finding.Finding;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.testing.GitCli;
import org.securityguidance.testing.TempRepo;

/** The push sweep against a real bare remote (spec §7, §12 scenarios 43–46): git's own push output is the input. */
class PushReviewFlowTest {
  @TempDir Path tmp;
  private BashHarness hook;
  private GitCli git;
  private Path repo;
  private Path gitDir;
  private ReviewedCommits reviewed;

  @BeforeEach
  void setUp() throws Exception {
    hook = new BashHarness(tmp);
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    git = new GitCli(tmp.resolve("home"));
    git.addOrigin(repo);
    gitDir = repo.resolve(".git");
    reviewed = new ReviewedCommits(gitDir);
  }

  private String commit(String file, String content) throws Exception {
    git.commitFile(repo, file, content, "add " + file);
    return git.head(repo);
  }

  private BashHarness.Run push(String command, String... args) throws Exception {
    GitCli.Result r = git.run(repo, args);
    return hook.run(repo, command, r.output(), "toolu_" + System.nanoTime());
  }

  @Test
  void s43CommitsReviewedAtCommitTimeCostNoReview() throws Exception {
    reviewed.record(List.of(commit("a.py", "a = 1\n"), commit("b.py", "b = 1\n")), 1, 30000, 0);
    BashHarness.Run r = push("git push", "push");
    assertThat(r.exit()).isZero();
    assertThat(r.metrics()).containsEntry("push_sweep", true).containsEntry("pushed", 2L)
        .containsEntry("unreviewed", 0L).containsEntry("prefix_advanced", 2L).doesNotContainKey("skip_reason");
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void s44OnlyTheUnreviewedTailIsReviewedAndThenRecorded() throws Exception {
    String first = commit("a.py", "a = 1\n");
    reviewed.record(List.of(first), 1, 30000, 0);
    String second = commit("b.py", "b = 1\n");
    String third = commit("c.py", "c = 1\n");
    BashHarness.Run r = push("git push", "push");
    assertThat(r.metrics()).containsEntry("pushed", 3L).containsEntry("unreviewed", 2L)
        .containsEntry("prefix_advanced", 1L).containsEntry("vulns_found", 0L).containsEntry("rate_count", 1L);
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactlyInAnyOrder("b.py", "c.py");
    assertThat(BashHarness.reviewedShas(gitDir)).contains(first, second, third);
  }

  @Test
  void aReviewedCommitAfterAnUnreviewedOneIsPartOfTheNetDiff() throws Exception {
    commit("a.py", "a = 1\n");
    reviewed.record(List.of(commit("b.py", "b = 1\n")), 1, 30000, 0);
    push("git push origin main", "push", "origin", "main");
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactlyInAnyOrder("a.py", "b.py");
  }

  @Test
  void s45PushingAnotherBranchThanHeadIsSkip44() throws Exception {
    git.ok(repo, "branch", "other");
    git.ok(repo, "checkout", "-q", "other");
    commit("o.py", "o = 1\n");
    git.ok(repo, "checkout", "-q", "main");
    BashHarness.Run r = push("git push origin other", "push", "origin", "other");
    assertThat(r.metrics()).containsEntry("skip_reason", 44L);
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void s45ARejectedPushIsSkip46() throws Exception {
    Path clone = tmp.resolve("clone");
    git.ok(tmp, "clone", "-q", tmp.resolve("repo-origin.git").toString(), clone.toString());
    git.commitFile(clone, "theirs.py", "t = 1\n", "theirs");
    git.ok(clone, "push", "-q", "origin", "main");
    commit("mine.py", "m = 1\n");
    BashHarness.Run r = push("git push", "push");
    assertThat(r.metrics()).containsEntry("skip_reason", 46L);
  }

  @Test
  void s46AFirstPushOfMoreThanFiftyCommitsIsSkip43() throws Exception {
    git.ok(repo, "checkout", "-q", "-b", "big");
    for (int i = 0; i < 51; i++) {
      git.ok(repo, "commit", "-q", "--allow-empty", "-m", "c" + i);
    }
    BashHarness.Run r = push("git push -u origin big", "push", "-u", "origin", "big");
    assertThat(r.metrics()).containsEntry("skip_reason", 43L).containsEntry("pushed", 51L);
  }

  @Test
  void s46FiveFindingsReportTheThreeMostSevere() throws Exception {
    commit("app.py", TempRepo.VULN);
    List<Finding> five = new ArrayList<>(List.of(
        FakeEngine.finding("app.py", "xss", "medium"),
        FakeEngine.finding("app.py", "sql_injection", "critical"),
        FakeEngine.finding("app.py", "ssrf", "medium"),
        FakeEngine.finding("app.py", "command_injection", "high"),
        FakeEngine.finding("app.py", "idor", "high")));
    hook.reviewer.findings(five.toArray(new Finding[0]));
    BashHarness.Run r = push("git push", "push");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.metrics()).containsEntry("vulns_found", 5L).containsEntry("critical_count", 1L);
    assertThat(JsonView.string(r.line(), "rewakeSummary")).startsWith("Push security review found 3 issues: ")
        .contains("sql_injection").contains("command_injection").contains("idor").doesNotContain("xss");
    assertThat(r.stderr()).contains("sql_injection").contains("idor").doesNotContain("ssrf");
    Map<String, Object> state = Json.parseObject(Files.readString(hook.store().stateFile()));
    assertThat((List<?>) state.get(SessionDoc.PREVIOUS_FINDINGS)).hasSize(3);
  }

  @Test
  void aNewBranchIsReviewedFromWhereItLeftTheDefaultBranch() throws Exception {
    git.ok(repo, "checkout", "-q", "-b", "feature");
    commit("f.py", "f = 1\n");
    commit("g.py", "g = 1\n");
    BashHarness.Run r = push("git push -u origin feature", "push", "-u", "origin", "feature");
    assertThat(r.metrics()).containsEntry("pushed", 2L).containsEntry("unreviewed", 2L);
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactlyInAnyOrder("f.py", "g.py");
  }

  @Test
  void aQuietPushIsRecognisedByItsTrackingRef() throws Exception {
    commit("q.py", "q = 1\n");
    BashHarness.Run r = push("git push -q", "push", "-q");
    assertThat(r.metrics()).containsEntry("pushed", 1L).containsEntry("unreviewed", 1L);
    assertThat(hook.reviewer.jobs).hasSize(1);
  }

  @Test
  void graphiteSubmitWithItsOwnOutputIsRecognisedByTheTrackingRef() throws Exception {
    commit("s.py", "s = 1\n");
    git.ok(repo, "push", "-q");
    BashHarness.Run r = hook.run(repo, "gt submit --no-interactive",
        "main: https://app.graphite.dev/github/pr/x/y/1 (updated)\n", "toolu_gt");
    assertThat(r.metrics()).containsEntry("push_sweep", true).containsEntry("pushed", 1L);
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactly("s.py");
  }

  @Test
  void anUnrelatedOutputWithoutAMovedTrackingRefIsSkip46() throws Exception {
    commit("s.py", "s = 1\n");
    BashHarness.Run r = hook.run(repo, "gt submit", "ERROR: authentication failed\n", "toolu_gt2");
    assertThat(r.metrics()).containsEntry("skip_reason", 46L);
  }

  @Test
  void aFailedPushReviewLeavesTheTailUnreviewed() throws Exception {
    String sha = commit("a.py", "a = 1\n");
    hook.reviewer.unavailable(ReviewUnavailable.Reason.NETWORK, -1);
    BashHarness.Run r = push("git push", "push");
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.metrics()).containsEntry("review_failed", true).containsEntry("api_error", -1L);
    assertThat(BashHarness.reviewedShas(gitDir)).doesNotContain(sha);
  }

  @Test
  void docsOnlyPushesAreSkip30AndRecorded() throws Exception {
    String sha = commit("README.md", "# x\n");
    BashHarness.Run r = push("git push", "push");
    assertThat(r.metrics()).containsEntry("skip_reason", 30L);
    assertThat(BashHarness.reviewedShas(gitDir)).contains(sha);
  }

  @Test
  void everythingUpToDateReviewsTheLastPushedRangeIfUnreviewed() throws Exception {
    commit("u.py", "u = 1\n");
    git.ok(repo, "push", "-q");
    BashHarness.Run r = push("git push", "push");
    assertThat(r.metrics()).containsEntry("pushed", 1L).containsEntry("unreviewed", 1L);
  }

  @Test
  void pushSwitchAndInterruptionGateFirst() throws Exception {
    commit("a.py", "a = 1\n");
    hook.env.put("SG_PUSH_SWEEP", "off");
    assertThat(push("git push", "push").metrics()).containsEntry("skip_reason", 40L)
        .containsEntry("push_sweep_on", false);
    hook.env.remove("SG_PUSH_SWEEP");
    assertThat(hook.run(BashHarness.event(repo, "git push", "", "", true, "i1")).metrics())
        .containsEntry("skip_reason", 21L);
    hook.env.put("ENABLE_CODE_SECURITY_REVIEW", "0");
    assertThat(hook.run(repo, "git push", "", "i2").metrics()).containsEntry("skip_reason", 22L);
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void theRollingHourCapsPushReviewsSeparatelyFromCommits() throws Exception {
    hook.env.put("MAX_COMMIT_REVIEWS_PER_HOUR", "1");
    hook.store().update(doc -> RateLimiter.take(doc, RateLimiter.Bucket.COMMIT, System.currentTimeMillis() / 1000.0,
        1, 3600));
    commit("a.py", "a = 1\n");
    assertThat(push("git push", "push").metrics()).containsEntry("rate_count", 1L).doesNotContainKey("skip_reason");
    commit("b.py", "b = 1\n");
    assertThat(push("git push", "push").metrics()).containsEntry("skip_reason", 23L).containsEntry("rate_count", 1L);
  }
}

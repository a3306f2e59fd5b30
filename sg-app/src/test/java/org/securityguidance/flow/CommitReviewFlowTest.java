package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.testing.GitCli;
import org.securityguidance.testing.TempRepo;
import org.securityguidance.usage.UsageEntry;

/** The commit review on real repositories (spec §6, §12 scenarios 32–37) with an in-memory reviewer. */
class CommitReviewFlowTest {
  @TempDir Path tmp;
  private BashHarness hook;
  private GitCli git;
  private Path repo;
  private Path gitDir;

  @BeforeEach
  void setUp() throws Exception {
    hook = new BashHarness(tmp);
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    git = new GitCli(tmp.resolve("home"));
    gitDir = repo.resolve(".git");
    // The initial commit is fresh in the reflog too; as if an earlier review had covered it.
    new ReviewedCommits(gitDir).record(List.of(git.head(repo)), 1, 30000, 0);
  }

  private BashHarness.Run commit(String command, String output) {
    return hook.run(repo, command, output, "toolu_" + command.hashCode());
  }

  @Test
  void s41AReviewThatDidNotFinishInTimeReportsApiErrorMinus2() throws Exception {
    String out = git.commitFile(repo, "app.py", TempRepo.VULN, "x");
    hook.reviewer.unavailable(ReviewUnavailable.Reason.DEADLINE, -1);
    BashHarness.Run r = commit("git commit -m x", out);
    assertThat(r.exit()).isZero();
    assertThat(r.metrics()).containsEntry("review_failed", true).containsEntry("api_error", -2L);
    assertThat(BashHarness.reviewedShas(gitDir)).doesNotContain(git.head(repo));
  }

  @Test
  void s32FindingsWakeTheAgentWithReadableTextOnStderr() throws Exception {
    String out = git.commitFile(repo, "app.py", TempRepo.VULN, "run ls");
    hook.reviewer.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    BashHarness.Run r = commit("git commit -m 'run ls'", out);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.line()).containsOnlyKeys("metrics", "rewakeSummary");
    assertThat(JsonView.string(r.line(), "rewakeSummary")).startsWith("Commit security review found: ")
        .contains("command_injection in app.py");
    assertThat(r.stderr()).startsWith("[from security-guidance@claude-code-plugins plugin")
        .contains("Security Review: Potential vulnerabilities detected").contains("command_injection")
        .doesNotContain("{\"");
    assertThat(r.metrics()).containsEntry("pv", 30000L).containsEntry("commit_review", true)
        .containsEntry("vulns_found", 1L).containsEntry("high_count", 1L).containsEntry("files_reviewed", 1L)
        .containsEntry("rate_count", 1L).containsEntry("api_calls", 1L).containsEntry("candidates", 1L);
    assertThat(r.metrics()).hasSizeLessThanOrEqualTo(20);
    assertThat(BashHarness.reviewedShas(gitDir)).endsWith(git.head(repo));
    ReviewJob job = hook.reviewer.jobs.get(0);
    assertThat(job.repoRoot()).isEqualTo(repo.toRealPath());
    assertThat(job.files()).extracting(FileDiff::path).containsExactly("app.py");
    assertThat(job.files().get(0).content()).contains("+subprocess.call('ls ' + user, shell=True)");
    assertThat(Files.readString(hook.store().stateFile())).contains("previous_findings").contains("command_injection");
    List<UsageEntry> usage = hook.usage().readSince(0);
    assertThat(usage).hasSize(1);
    assertThat(usage.get(0).layer().wireName()).isEqualTo("commit_review");
    assertThat(usage.get(0).outcome().wireName()).isEqualTo("findings");
  }

  @Test
  void aCleanCommitIsRecordedAndSaysNothingToTheAgent() throws Exception {
    String out = git.commitFile(repo, "app.py", "print('bye')\n", "bye");
    BashHarness.Run r = commit("git commit -m bye", out);
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.line()).containsOnlyKeys("metrics");
    assertThat(r.metrics()).containsEntry("vulns_found", 0L).doesNotContainKey("skipped");
    assertThat(Files.readString(gitDir.resolve("sg-reviewed-shas"))).contains(git.head(repo) + "\t");
  }

  @Test
  void aFailedReviewNeverMarksTheCommitNorWakesTheAgent() throws Exception {
    String out = git.commitFile(repo, "app.py", TempRepo.VULN, "x");
    hook.reviewer.unavailable(ReviewUnavailable.Reason.AUTH, 401);
    BashHarness.Run r = commit("git commit -m x", out);
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.line()).containsOnlyKeys("metrics");
    assertThat(r.metrics()).containsEntry("review_failed", true).containsEntry("api_error", 401L)
        .containsEntry("vulns_found", 0L).containsEntry("http_err_count", 1L);
    assertThat(BashHarness.reviewedShas(gitDir)).doesNotContain(git.head(repo));
    assertThat(hook.usage().readSince(0).get(0).outcome().wireName()).isEqualTo("unavailable");
  }

  @Test
  void s33AQuietOrPipedCommitIsFoundInTheReflog() throws Exception {
    Files.writeString(repo.resolve("app.py"), TempRepo.VULN);
    git.ok(repo, "commit", "-q", "-am", "quiet");
    BashHarness.Run r = commit("git commit -q -am quiet | tail -1", "");
    assertThat(r.metrics()).containsEntry("sha_via_reflog", true).containsEntry("reflog_shas_n", 1L)
        .containsEntry("vulns_found", 0L);
    assertThat(hook.reviewer.jobs).hasSize(1);
    assertThat(BashHarness.reviewedShas(gitDir)).endsWith(git.head(repo));
  }

  @Test
  void s34HookLabelsWithoutDiffstatAndNoFreshEntryReviewNothing() {
    hook.clock = Clock.fixed(Instant.now().plusSeconds(3600), ZoneOffset.UTC);
    BashHarness.Run r = commit("git commit -m x", "[pre-commit 1a2b3c4] lint failed\n");
    assertThat(r.metrics()).containsEntry("skip_reason", 21L).containsEntry("skip_21_sub", 3L);
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void anInterruptedCommitReviewsNothing() {
    BashHarness.Run r = hook.run(BashHarness.event(repo, "git commit -m x", "", "", true, "t1"));
    assertThat(r.metrics()).containsEntry("skip_reason", 21L).containsEntry("skip_21_sub", 1L);
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void s35AnAmendIsReviewedAsItsDeltaOnly() throws Exception {
    commit("git commit -m one", git.commitFile(repo, "lib.py", "import os\nos.system(cmd)\n", "one"));
    Files.writeString(repo.resolve("new.py"), "eval(data)\n");
    git.ok(repo, "add", "new.py");
    String out = git.ok(repo, "commit", "--amend", "--no-edit");
    BashHarness.Run r = commit("git commit --amend --no-edit", out);
    assertThat(r.metrics()).containsEntry("amend_delta_review", true);
    assertThat(hook.reviewer.jobs.get(1).files()).extracting(FileDiff::path).containsExactly("new.py");
  }

  @Test
  void s35AMessageOnlyAmendIsSkip35AndKeepsTheReviewedMark() throws Exception {
    commit("git commit -m one", git.commitFile(repo, "lib.py", "x = 1\n", "one"));
    String out = git.ok(repo, "commit", "--amend", "-m", "better message");
    BashHarness.Run r = commit("git commit --amend -m 'better message'", out);
    assertThat(r.metrics()).containsEntry("skip_reason", 35L).containsEntry("files_reviewed", 0L);
    assertThat(hook.reviewer.jobs).hasSize(1);
    assertThat(BashHarness.reviewedShas(gitDir)).contains(git.head(repo));
  }

  @Test
  void graphiteModifyAmendsAndIsFoundInTheReflogWithoutGitOutput() throws Exception {
    commit("gt create -m one", gitQuiet("lib.py", "x = 1\n", "one"));
    Files.writeString(repo.resolve("more.py"), "y = 2\n");
    git.ok(repo, "add", "more.py");
    git.ok(repo, "commit", "-q", "--amend", "--no-edit");
    BashHarness.Run r = commit("gt modify", "Updated branch one\n");
    assertThat(r.metrics()).containsEntry("sha_via_reflog", true).containsEntry("amend_delta_review", true);
    assertThat(hook.reviewer.jobs).hasSize(2);
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactly("lib.py");
    assertThat(hook.reviewer.jobs.get(1).files()).extracting(FileDiff::path).containsExactly("more.py");
  }

  private String gitQuiet(String file, String content, String message) throws Exception {
    Files.writeString(repo.resolve(file), content);
    git.ok(repo, "add", file);
    git.ok(repo, "commit", "-q", "-m", message);
    return "";
  }

  @Test
  void compoundCommandsAndGitOptionFormsAreReviewed() throws Exception {
    String out = git.commitFile(repo, "a.py", "a = 1\n", "a");
    BashHarness.Run r = commit("git add -A && git -c commit.gpgsign=false commit -m a && git push", out);
    assertThat(r.metrics()).containsEntry("commit_review", true).containsEntry("vulns_found", 0L);
    assertThat(hook.reviewer.jobs).hasSize(1);
  }

  @Test
  void gitDashCFromOutsideTheRepositoryReviewsThatRepository() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    String out = git.commitFile(repo, "a.py", "a = 1\n", "a");
    BashHarness.Run r = hook.run(elsewhere, "git -C ../repo commit -m a", out, "t-c");
    assertThat(r.metrics()).containsEntry("repo_resolution", 2L).containsEntry("vulns_found", 0L);
    assertThat(hook.reviewer.jobs.get(0).repoRoot()).isEqualTo(repo.toRealPath());
  }

  @Test
  void cdIntoAnotherRepositoryReviewsThatRepository() throws Exception {
    Path other = TempRepo.create(tmp.resolve("other"), tmp.resolve("home")).dir;
    new ReviewedCommits(other.resolve(".git")).record(List.of(git.head(other)), 1, 30000, 0);
    gitQuiet("a.py", "a = 1\n", "in repo"); // a fresh commit in the hook's cwd that this command did not make
    Files.writeString(other.resolve("b.py"), "b = 1\n");
    git.ok(other, "add", "b.py");
    git.ok(other, "commit", "-q", "-m", "b");
    BashHarness.Run r = hook.run(repo, "cd ../other && git commit -q -m b", "", "t-cd");
    assertThat(r.metrics()).containsEntry("repo_resolution", 2L).containsEntry("sha_via_reflog", true);
    assertThat(hook.reviewer.jobs.get(0).files()).extracting(FileDiff::path).containsExactly("b.py");
  }

  @Test
  void s37TheRollingHourCapsCommitReviews() throws Exception {
    hook.env.put("MAX_COMMIT_REVIEWS_PER_HOUR", "2");
    for (int i = 0; i < 2; i++) {
      assertThat(commit("git commit -m c" + i, git.commitFile(repo, "f" + i + ".py", "x\n", "c" + i)).metrics())
          .containsEntry("rate_count", (long) i + 1);
    }
    BashHarness.Run r = commit("git commit -m c2", git.commitFile(repo, "f2.py", "x\n", "c2"));
    assertThat(r.metrics()).containsEntry("skip_reason", 23L).containsEntry("rate_count", 2L);
    assertThat(hook.reviewer.jobs).hasSize(2);
    assertThat(BashHarness.reviewedShas(gitDir)).doesNotContain(git.head(repo));
  }

  @Test
  void anAlreadyReviewedCommitIsNotReviewedAgain() throws Exception {
    String out = git.commitFile(repo, "a.py", "a = 1\n", "a");
    commit("git commit -m a", out);
    BashHarness.Run again = hook.run(repo, "git commit -m a", out, "another-tool-use");
    assertThat(again.metrics()).containsEntry("skip_reason", 21L).containsEntry("skip_21_sub", 2L);
    assertThat(hook.reviewer.jobs).hasSize(1);
  }

  @Test
  void switchesAndCredentialsGateBeforeAnyReview() throws Exception {
    String out = git.commitFile(repo, "a.py", "a = 1\n", "a");
    hook.env.put("ENABLE_COMMIT_REVIEW", "0");
    assertThat(hook.run(repo, "git commit -m a", out, "g1").metrics()).containsEntry("skip_reason", 32L)
        .containsEntry("commit_review_on", false);
    hook.env.remove("ENABLE_COMMIT_REVIEW");
    hook.env.put("ENABLE_CODE_SECURITY_REVIEW", "0");
    assertThat(hook.run(repo, "git commit -m a", out, "g2").metrics()).containsEntry("skip_reason", 22L);
    hook.env.remove("ENABLE_CODE_SECURITY_REVIEW");
    hook.credentials = false;
    assertThat(hook.run(repo, "git commit -m a", out, "g3").metrics()).containsEntry("skip_reason", 22L);
    hook.credentials = true;
    hook.reviewer.reachable = false;
    assertThat(hook.run(repo, "git commit -m a", out, "g4").metrics()).containsEntry("skip_reason", 24L);
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void aDocsOnlyCommitIsSkip30AndRecorded() throws Exception {
    BashHarness.Run r = commit("git commit -m docs", git.commitFile(repo, "README.md", "# hi\n", "docs"));
    assertThat(r.metrics()).containsEntry("skip_reason", 30L);
    assertThat(BashHarness.reviewedShas(gitDir)).endsWith(git.head(repo));
    assertThat(hook.reviewer.jobs).isEmpty();
  }

  @Test
  void anUnknownShaInTheOutputIsSkip28() {
    BashHarness.Run r = commit("git commit -m x", "[main 1a2b3c4] x\n 1 file changed, 1 insertion(+)\n");
    assertThat(r.metrics()).containsEntry("skip_reason", 28L).containsEntry("shas_found", 1L);
  }

  @Test
  void findingsAConcurrentReviewDeliveredMeanwhileAreDropped() throws Exception {
    String out = git.commitFile(repo, "app.py", TempRepo.VULN, "x");
    hook.reviewer.verdict = job -> {
      hook.store().update(doc -> CommitState.recordDelivered(doc, System.currentTimeMillis() / 1000,
          List.of(FakeEngine.finding("app.py", "command_injection", "high")), 3600));
      return new ReviewResult.Completed(List.of(FakeEngine.finding("app.py", "command_injection", "high")),
          FakeEngine.usage(), Map.of());
    };
    BashHarness.Run r = commit("git commit -m x", out);
    assertThat(r.exit()).isZero();
    assertThat(r.metrics()).containsEntry("vulns_found", 0L).containsEntry("deduped", 1L);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void earlierFindingsAreGivenToTheReviewerAndAReFlagIsStillDelivered() throws Exception {
    hook.store().update(doc -> CommitState.recordDelivered(doc, System.currentTimeMillis() / 1000,
        List.of(FakeEngine.finding("app.py", "command_injection", "high")), 3600));
    String out = git.commitFile(repo, "app.py", TempRepo.VULN, "x");
    hook.reviewer.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    BashHarness.Run r = commit("git commit -m x", out);
    assertThat(hook.reviewer.jobs.get(0).prior()).extracting(PriorFinding::category)
        .containsExactly("command_injection");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(Json.write(r.metrics())).doesNotContain("deduped");
  }
}

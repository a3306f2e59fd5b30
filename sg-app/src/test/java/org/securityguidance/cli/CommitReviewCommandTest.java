package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.flow.CommitReviewer;
import org.securityguidance.flow.FakeEngine;
import org.securityguidance.flow.ReviewJob;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.GitCli;
import org.securityguidance.testing.TempRepo;
import org.securityguidance.usage.UsageLog;

/** {@code review --commit / --range} on real repositories: options, targets, exit codes, formats, the real transport. */
class CommitReviewCommandTest {
  @TempDir Path tmp;
  private Path repo;
  private GitCli git;
  private final Map<String, String> env = new HashMap<>();
  private final List<ReviewJob> jobs = new ArrayList<>();
  private ReviewResult verdict = new ReviewResult.Completed(List.of(), FakeEngine.usage(), Map.of());
  private String out;
  private String err;

  @BeforeEach
  void setUp() throws Exception {
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    git = new GitCli(tmp.resolve("home"));
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
  }

  private final CommitReviewer fake = job -> {
    jobs.add(job);
    return verdict;
  };

  private int review(String... args) {
    return review(Optional.of(fake), args);
  }

  private int review(Optional<CommitReviewer> reviewer, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = CommitReviewCommand.run(withRepo(args), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), new Env(env), x -> reviewer);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  private String[] withRepo(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = repo.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  @Test
  void findingsInOneCommitExit1WithATextReport() throws Exception {
    git.commitFile(repo, "app.py", TempRepo.VULN, "vuln");
    git.commitFile(repo, "later.py", "x = 1\n", "later");
    verdict = new ReviewResult.Completed(List.of(FakeEngine.finding("app.py", "command_injection", "high")),
        FakeEngine.usage(), Map.of());
    assertThat(review("--commit", "HEAD~1")).isEqualTo(1);
    assertThat(jobs.get(0).files()).extracting(FileDiff::path).containsExactly("app.py");
    assertThat(out).startsWith("security-guidance review: 1 finding (1 high) in 1 file (commit ")
        .contains("[HIGH] command_injection  app.py:3").contains("Estimated cost $");
    assertThat(err).isEmpty();
  }

  @Test
  void aRangeIsOneNetDiffAndJsonNamesItsEnds() throws Exception {
    String base = git.head(repo);
    git.commitFile(repo, "a.py", "a = 1\n", "a");
    git.commitFile(repo, "b.py", "b = 1\n", "b");
    assertThat(review("--range", base.substring(0, 7) + "..HEAD", "--format", "json")).isZero();
    assertThat(jobs.get(0).files()).extracting(FileDiff::path).containsExactlyInAnyOrder("a.py", "b.py");
    Map<String, Object> doc = Json.parseObject(out);
    assertThat(JsonView.object(doc, "target")).containsEntry("mode", "range").containsEntry("base", base)
        .containsEntry("tip", git.head(repo));
    assertThat(doc).containsEntry("outcome", "clean").containsEntry("files_reviewed", 2L);
    assertThat(err).startsWith("security-guidance review: no findings in 2 files (range ");
  }

  @Test
  void threeDotsStartAtTheMergeBase() throws Exception {
    git.ok(repo, "checkout", "-q", "-b", "feature");
    git.commitFile(repo, "f.py", "f = 1\n", "f");
    git.ok(repo, "checkout", "-q", "main");
    git.commitFile(repo, "m.py", "m = 1\n", "m");
    assertThat(review("--range", "main...feature")).isZero();
    assertThat(jobs.get(0).files()).extracting(FileDiff::path).containsExactly("f.py");
  }

  @Test
  void badOptionsAndTargetsAreOneLineErrors() throws Exception {
    assertThat(review()).isEqualTo(2);
    assertThat(err).isEqualTo("security-guidance review: give exactly one of --commit REV or --range A..B\n");
    assertThat(review("--commit", "HEAD", "--range", "a..b")).isEqualTo(2);
    assertThat(review("--range", "HEAD")).isEqualTo(2);
    assertThat(err).contains("A..B");
    assertThat(review("--commit", "nope")).isEqualTo(2);
    assertThat(err).isEqualTo("security-guidance review: unknown revision: nope\n");
    assertThat(review("--commit", "HEAD", "--format", "sarif")).isEqualTo(2);
    repo = tmp.resolve("home");
    assertThat(review("--commit", "HEAD")).isEqualTo(2);
    assertThat(err).startsWith("security-guidance review: not inside a git work tree");
    assertThat(jobs).isEmpty();
  }

  @Test
  void helpPrintsItsOwnUsage() {
    assertThat(review("--help")).isZero();
    assertThat(out).startsWith("Usage: security-guidance review --commit REV").contains("--range A..B");
  }

  @Test
  void withoutCredentialsItSaysSoAndExits2() throws Exception {
    assertThat(review(Optional.empty(), "--commit", "HEAD")).isEqualTo(2);
    assertThat(err).startsWith("security-guidance review: no credentials").contains("ANTHROPIC_API_KEY")
        .endsWith("\n").hasLineCount(1);
    assertThat(out).isEmpty();
    int code = CommitReviewCommand.run(withRepo("--commit", "HEAD"), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), new Env(env));
    assertThat(code).isEqualTo(2);
  }

  @Test
  void anUnavailableReviewIsAnErrorNeverClean() throws Exception {
    git.commitFile(repo, "a.py", "a = 1\n", "a");
    verdict = new ReviewResult.Unavailable(new ReviewUnavailable(ReviewUnavailable.Reason.SERVER_ERROR, 529, "x"),
        FakeEngine.usage(), Map.of());
    assertThat(review("--commit", "HEAD")).isEqualTo(2);
    assertThat(err).contains("review unavailable").contains("HTTP 529");
    assertThat(out).isEmpty();
  }

  @Test
  void aDocsOnlyCommitHasNothingToReview() throws Exception {
    git.commitFile(repo, "README.md", "# x\n", "docs");
    assertThat(review("--commit", "HEAD")).isZero();
    assertThat(out).contains("nothing to review (no reviewable source files changed");
    assertThat(jobs).isEmpty();
  }

  @Test
  void singleShotEndToEndThroughTheRealTransportAgainstTheFakeApi() throws Exception {
    env.put("SG_AGENTIC_COMMIT_REVIEW", "0");
    git.commitFile(repo, "app.py", TempRepo.VULN, "vuln");
    try (FakeMessagesServer api = FakeMessagesServer.start()) {
      api.enqueue(FakeReply.messageWithJson(Map.of("hasVulnerabilities", true, "vulnerabilities", List.of(Map.of(
          "filePath", "app.py", "line", 2L, "category", "command_injection", "severity", "high",
          "vulnerableCode", "subprocess.call('ls ' + user, shell=True)", "explanation", "shell",
          "fix", "argument list")))));
      env.put("ANTHROPIC_BASE_URL", api.baseUrl());
      env.put("ANTHROPIC_API_KEY", "sk-test");
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      int code = CommitReviewCommand.run(withRepo("--commit", "HEAD", "--format", "json"),
          new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
          new Env(env));
      assertThat(code).isEqualTo(1);
      assertThat(api.requestCount()).isEqualTo(1);
      assertThat(api.lastRequest().body()).contains("subprocess.call").doesNotContain("print('hi')\\n\"");
      assertThat(JsonView.array(Json.parseObject(o.toString(StandardCharsets.UTF_8)), "findings")).hasSize(1);
    }
    assertThat(UsageLog.in(tmp.resolve("state")).readSince(0)).singleElement()
        .satisfies(e -> assertThat(e.layer().wireName()).isEqualTo("cli_review"));
  }
}

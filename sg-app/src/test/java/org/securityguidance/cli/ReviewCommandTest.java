package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.flow.FakeEngine;
import org.securityguidance.flow.ReviewEngine;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.TempRepo;
import org.securityguidance.testkit.GitRepo;

/** {@code review} on real repositories with an in-memory engine: targets, exit codes, formats, usage log. */
class ReviewCommandTest {
  @TempDir Path tmp;
  private GitRepo repo;
  private FakeEngine engine;
  private final Map<String, String> env = new HashMap<>();
  private String out;
  private String err;

  @BeforeEach
  void setUp() throws Exception {
    repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home"));
    engine = new FakeEngine(repo.dir);
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
  }

  private int review(String... args) {
    return review(Optional.of(engine), args);
  }

  private int review(Optional<ReviewEngine> engines, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = repo.dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ReviewCommand.run(all, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), new Env(env), x -> engines);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void withoutCredentialsItSaysSoAndExits2() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    assertThat(review(Optional.empty())).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).startsWith("security-guidance review: no credentials").contains("ANTHROPIC_API_KEY");
  }

  @Test
  void findingsInTheWorkingTreeExit1WithATextReport() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    engine.findings(FakeEngine.finding("app.py", "command_injection", "high"));
    assertThat(review()).isEqualTo(1);
    assertThat(engine.jobs).hasSize(1);
    assertThat(engine.jobs.get(0).files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("app.py");
      assertThat(f.content()).contains("+subprocess.call('ls ' + user, shell=True)");
    });
    assertThat(engine.jobs.get(0).prior()).isEmpty();
    assertThat(out).startsWith("security-guidance review: 1 finding (1 high) in 1 file (working tree vs HEAD)\n")
        .contains("1. [HIGH] command_injection  app.py:3\n")
        .contains("   Code: subprocess.call('ls ' + user, shell=True)\n")
        .contains("   Fix:  pass a list, no shell\n")
        .contains("Estimated cost $0.0135 (claude-test-1; 1200 input, 300 output tokens)");
  }

  @Test
  void aCleanReviewExits0() throws Exception {
    repo.write("app.py", "print('bye')\n");
    assertThat(review()).isZero();
    assertThat(out).startsWith("security-guidance review: no findings in 1 file (working tree vs HEAD)");
  }

  @Test
  void nothingToReviewExits0WithoutCallingTheReviewer() throws Exception {
    assertThat(review()).isZero();
    assertThat(out).isEqualTo("security-guidance review: nothing to review (no changes)\n");
    repo.write("README.md", "docs\n");
    assertThat(review()).isZero();
    assertThat(out).contains("no reviewable source files changed");
    assertThat(engine.jobs).isEmpty();
  }

  @Test
  void baseReviewsTheCommitsSinceTheMergeBaseOnly() throws Exception {
    String base = repo.head();
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("api/handler.py", TempRepo.VULN);
    repo.commitAll("add handler");
    repo.write("app.py", "print('uncommitted')\n");
    assertThat(review("--base", "main")).isZero();
    assertThat(engine.jobs.get(0).files()).extracting(f -> f.path()).containsExactly("api/handler.py");
    assertThat(out).contains("(commits since " + base.substring(0, 12) + ")");
  }

  @Test
  void badTargetsAreOneLineErrors() throws Exception {
    assertThat(review("--base", "no-such-branch")).isEqualTo(2);
    assertThat(err).isEqualTo("security-guidance review: unknown revision: no-such-branch\n");
    assertThat(review("--base", "--upload-pack=evil")).isEqualTo(2);
    assertThat(err).contains("unknown revision");
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ReviewCommand.run(new String[] {"--repo", plain.toString()}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(e, true, StandardCharsets.UTF_8), new Env(env), x -> Optional.of(engine));
    assertThat(code).isEqualTo(2);
    assertThat(e.toString(StandardCharsets.UTF_8)).startsWith("security-guidance review: not inside a git work tree");
  }

  @Test
  void anUnavailableReviewIsAnErrorNeverClean() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    engine.unavailable(ReviewUnavailable.Reason.AUTH, 401);
    assertThat(review("--format", "json")).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).isEqualTo("security-guidance review: review unavailable (auth, HTTP 401); no verdict, nothing "
        + "was reviewed\n");
  }

  @Test
  void theKillSwitchForLlmReviewsIsHonoured() throws Exception {
    env.put("ENABLE_CODE_SECURITY_REVIEW", "0");
    assertThat(review()).isEqualTo(2);
    assertThat(err).contains("ENABLE_CODE_SECURITY_REVIEW=0");
  }

  @Test
  void jsonReportCarriesFindingsTargetAndUsage() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    engine.findings(FakeEngine.finding("app.py", "command_injection", "critical"));
    assertThat(review("--format=json")).isEqualTo(1);
    Map<String, Object> doc = Json.parseObject(out);
    assertThat(doc).containsEntry("outcome", "findings").containsEntry("files_reviewed", 1L);
    assertThat(JsonView.object(doc, "target")).containsEntry("mode", "working_tree");
    Map<?, ?> f = (Map<?, ?>) JsonView.array(doc, "findings").get(0);
    assertThat(f.get("severity")).isEqualTo("critical");
    assertThat(f.get("line")).isEqualTo(3L);
    assertThat(JsonView.object(doc, "usage")).containsEntry("api_calls", 1L);
    assertThat(err).isEqualTo("security-guidance review: 1 finding (1 critical) in 1 file (working tree vs HEAD)\n");
  }

  @Test
  void sarifReportHasOneRulePerCategoryAndNoCode() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    engine.findings(FakeEngine.finding("app.py", "Command Injection", "high"),
        new Finding("app.py", "command-injection", Severity.MEDIUM, "os.system(x)", "why", "fix", 0),
        FakeEngine.finding("app.py", "ssrf", "medium"));
    assertThat(review("--format", "sarif")).isEqualTo(1);
    Map<String, Object> doc = Json.parseObject(out);
    assertThat(doc).containsEntry("version", "2.1.0");
    Map<?, ?> run = (Map<?, ?>) JsonView.array(doc, "runs").get(0);
    List<?> rules = (List<?>) ((Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver")).get("rules");
    assertThat(rules.stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList())
        .containsExactly((Object) "command_injection", "ssrf");
    List<?> results = (List<?>) run.get("results");
    assertThat(results).hasSize(3);
    assertThat(((Map<?, ?>) results.get(1)).get("ruleIndex")).isEqualTo(0L);
    assertThat(out).doesNotContain("subprocess").doesNotContain("os.system").doesNotContain("\"region\":{\"startLine\":0");
  }

  @Test
  void modelTextCannotDriveTheTerminal() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    engine.findings(new Finding("app.py", "xss\u001b[2J", Severity.HIGH, "a\u001b]0;pwned\u0007b", "x\ny", "f\u009bz",
        1));
    review();
    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").contains("x y");
  }

  @Test
  void eachReviewIsRecordedInTheUsageLog() throws Exception {
    repo.write("app.py", TempRepo.VULN);
    review();
    String log = Files.readString(tmp.resolve("state/usage.jsonl"));
    assertThat(log).contains("\"layer\":\"cli_review\",\"outcome\":\"clean\"").doesNotContain("app.py");
  }

  @Test
  void helpListsEveryOption() {
    assertThat(review("--help")).isZero();
    for (String flag : List.of("--base", "--format", "--repo", "--help")) {
      assertThat(out).contains(flag);
    }
  }
}

package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review set of spec §3.3 against real repositories: what changed this turn, and nothing else. */
class ReviewScopeTest {
  private static final String VULN = "import subprocess\nsubprocess.call('ls ' + user, shell=True)\n";

  @TempDir Path tmp;

  private ScopeRepo repo() throws IOException {
    return ScopeRepo.withInitialCommit(tmp.resolve("repo"));
  }

  private static ReviewScope.Result compute(ScopeRepo repo, BaselineState baseline) {
    return repo.scope().compute(repo.dir, baseline, ScopeLimits.defaults());
  }

  @Test
  void anEditSinceTheBaselineIsReviewedAsAHunk() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.write("app.py", VULN);

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.repoRoot()).isEqualTo(repo.dir.toRealPath());
    assertThat(r.files()).hasSize(1);
    FileDiff f = r.files().get(0);
    assertThat(f.path()).isEqualTo("app.py");
    assertThat(f.newFile()).isFalse();
    assertThat(f.content()).startsWith("@@ ").contains("-print('hi')\n", "+subprocess.call('ls ' + user");
    assertThat(r.metrics()).containsExactly(Map.entry("dirty_now_count", 1L), Map.entry("changed_since_count", 1L),
        Map.entry("review_set_count", 1L), Map.entry("diff_files_count", 1L), Map.entry("diff_files_dropped", 0L),
        Map.entry("diff_truncated", 0L));
  }

  @Test
  void preExistingDirtyWorkIsExcludedAndOnlyThisTurnsChangesOfItAreShown() throws IOException {
    ScopeRepo repo = repo();
    repo.write("wip.py", "a = 1\n");
    repo.write("other.py", "b = 1\n");
    repo.commitAll("two files");
    repo.write("wip.py", "a = 1\nuser_wip = True\n");
    repo.write("other.py", "b = 1\nuntouched_wip = True\n");
    BaselineState baseline = repo.baseline();
    repo.write("app.py", VULN);
    repo.write("wip.py", "a = 1\nuser_wip = True\nagent_line = 2\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.files()).extracting(FileDiff::path).containsExactly("app.py", "wip.py");
    assertThat(r.files().get(1).content()).contains("+agent_line = 2").doesNotContain("+user_wip");
    assertThat(r.metrics()).containsEntry("dirty_now_count", 3L).containsEntry("review_set_count", 2L);
  }

  @Test
  void untrackedFilesPresentBeforeTheTurnAreExcludedUnlessModifiedAndNewOnesAreWhole() throws IOException {
    ScopeRepo repo = repo();
    repo.write("scratch.py", "old = 1\n");
    repo.write("notes/keep.py", "keep = 1\n");
    repo.touch("scratch.py", 0);
    repo.touch("notes/keep.py", 0);
    BaselineState baseline = repo.baseline();
    byte[] indexBefore = repo.indexBytes();
    repo.write("scratch.py", "old = 1\neval(x)\n");
    repo.touch("scratch.py", 60);
    repo.write("fresh.py", "import os\nos.system(cmd)\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).extracting(FileDiff::path).containsExactly("fresh.py", "scratch.py");
    FileDiff fresh = r.files().get(0);
    assertThat(fresh.newFile()).isTrue();
    assertThat(fresh.content()).isEqualTo("@@ -0,0 +1,2 @@\n+import os\n+os.system(cmd)\n");
    assertThat(r.metrics()).containsEntry("preexisting_untracked_excluded", 1L);
    assertThat(repo.indexBytes()).isEqualTo(indexBefore);
    assertThat(repo.git("status", "--porcelain")).contains("?? fresh.py").doesNotContain("A  fresh.py");
  }

  @Test
  void withoutABaselineDirtyFilesAreReviewedAgainstHead() throws IOException {
    ScopeRepo repo = repo();
    repo.write("app.py", VULN);
    repo.write("new.py", "x = 1\n");

    ReviewScope.Result r = compute(repo, BaselineState.none());

    assertThat(r.files()).extracting(FileDiff::path).containsExactly("app.py", "new.py");
    assertThat(r.metrics()).containsEntry("changed_since_count", -1L);
  }

  @Test
  void filesCommittedThisTurnAreReviewedEvenWithACleanTree() throws IOException {
    ScopeRepo repo = repo();
    BaselineState baseline = repo.baseline();
    repo.write("app.py", VULN);
    repo.write("lib/util.py", "def f(): pass\n");
    repo.commitAll("agent commit");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).extracting(FileDiff::path).containsExactly("app.py", "lib/util.py");
    assertThat(r.files().get(0).content()).contains("+subprocess.call");
  }

  @Test
  void checkingOutADivergedBranchDoesNotReviewWhatTheCheckoutChanged() throws IOException {
    ScopeRepo repo = repo();
    repo.git("checkout", "-q", "-b", "other");
    repo.write("theirs.py", "eval(x)\n");
    repo.commitAll("other work");
    repo.git("checkout", "-q", "main");
    repo.write("mine.py", "x = 1\n");
    repo.commitAll("main moved on");
    BaselineState baseline = repo.baseline();
    repo.git("checkout", "-q", "other");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.EMPTY_SET);
    assertThat(r.outcome().stopSkipCode()).isEqualTo(9);
  }

  @Test
  void nothingChangedIsAnEmptySet() throws IOException {
    ScopeRepo repo = repo();
    repo.write("wip.py", "x\n");
    BaselineState baseline = repo.baseline();

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.EMPTY_SET);
    assertThat(r.files()).isEmpty();
    assertThat(r.metrics()).containsEntry("review_set_count", 0L).containsEntry("preexisting_untracked_excluded", 1L);
  }

  @Test
  void aDirectoryThatIsNotARepositoryIsAnEmptySetWithAFailedStatus() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(plain.resolve("a.py"), "x\n");

    ReviewScope.Result r = ReviewScope.local(ScopeRepo.isolatedEnvOf(tmp)).compute(plain, BaselineState.none(),
        ScopeLimits.defaults());

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.EMPTY_SET);
    assertThat(r.metrics()).containsExactly(Map.entry("dirty_now_count", -1L));
  }

  @Test
  void aRepositoryWithoutCommitsStillReviewsItsNewFiles() throws IOException {
    ScopeRepo repo = ScopeRepo.init(tmp.resolve("unborn"));
    BaselineState baseline = repo.baseline();
    repo.write("first.py", "eval(input())\n");
    repo.write("staged.py", "exec(code)\n");
    repo.git("add", "staged.py");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).extracting(FileDiff::path).containsExactly("first.py", "staged.py");
    assertThat(r.files()).allMatch(FileDiff::newFile);
  }

  @Test
  void aDeletedFileIsReviewedAsRemovedLines() throws IOException {
    ScopeRepo repo = repo();
    repo.write("auth.py", "def check(): return verify(token)\n");
    repo.commitAll("auth");
    BaselineState baseline = repo.baseline();
    Files.delete(repo.dir.resolve("auth.py"));

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("auth.py");
      assertThat(f.content()).contains("-def check(): return verify(token)").doesNotContain("\n+");
    });
  }

  @Test
  void aBaselineWhoseStashCommitWasPrunedFallsBackToDirtyFilesAgainstHead() throws IOException {
    ScopeRepo repo = repo();
    repo.write("app.py", "print('dirty before turn')\n");
    BaselineState baseline = repo.baseline();
    assertThat(baseline.baselineSha()).isNotEqualTo(repo.head());
    repo.git("reflog", "expire", "--expire=now", "--all");
    repo.git("gc", "-q", "--prune=now");
    assertThat(repo.git.revParseVerify(repo.dir, baseline.baselineSha() + "^{commit}")).isEmpty();
    repo.write("new.py", "eval(x)\n");

    ReviewScope.Result r = compute(repo, baseline);

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).extracting(FileDiff::path).containsExactly("app.py", "new.py");
    assertThat(r.metrics()).containsEntry("changed_since_count", -1L).containsEntry("diff_base_fallback", 1L);
  }
}

package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitDiffTest {
  @TempDir Path tmp;

  private static CommitDiff commits(ScopeRepo repo) {
    return CommitDiff.local(repo.env);
  }

  @Test
  void oneCommitsPatchIsParsedFilteredAndCapped() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.git("config", "diff.noprefix", "true");
    repo.write("app.py", "import os\nos.system(cmd)\n");
    repo.write("README.md", "docs\n");
    repo.write("Ávila/payment.py", "charge()\n");
    String sha = repo.commitAll("feature\n\ndiff --git a/fake.py b/fake.py\n");

    ReviewScope.Result r = commits(repo).ofCommit(repo.dir, sha, ScopeLimits.defaults());

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).extracting(FileDiff::path).containsExactly("app.py", "Ávila/payment.py");
    assertThat(r.files().get(0).content()).contains("-print('hi')", "+os.system(cmd)");
    assertThat(r.metrics()).containsEntry("diff_files_count", 2L).containsEntry("diff_truncated", 0L);
  }

  @Test
  void theRootCommitShowsEveryFileAsNew() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));

    ReviewScope.Result r = commits(repo).ofCommit(repo.dir, repo.head(), ScopeLimits.defaults());

    assertThat(r.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("app.py");
      assertThat(f.newFile()).isTrue();
    });
  }

  @Test
  void aRangeCoversEveryCommitInIt() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    String base = repo.head();
    repo.write("a.py", "a = 1\n");
    repo.commitAll("a");
    repo.write("b.py", "b = 1\n");
    repo.commitAll("b");

    ReviewScope.Result r = commits(repo).ofRange(repo.dir, base, "HEAD", ScopeLimits.defaults());

    assertThat(r.files()).extracting(FileDiff::path).containsExactly("a.py", "b.py");
  }

  @Test
  void aMergeIsShownAgainstItsFirstParent() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.git("checkout", "-q", "-b", "topic");
    repo.write("topic.py", "eval(x)\n");
    repo.commitAll("topic");
    repo.git("checkout", "-q", "main");
    repo.write("main.py", "m = 1\n");
    repo.commitAll("main");
    repo.git("merge", "-q", "--no-ff", "-m", "merge", "topic");

    ReviewScope.Result r = commits(repo).ofCommit(repo.dir, "HEAD", ScopeLimits.defaults());

    assertThat(r.files()).extracting(FileDiff::path).containsExactly("topic.py");
  }

  @Test
  void unusableRevisionsAndDocsOnlyCommitsSayWhy() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.write("NOTES.md", "n\n");
    String docs = repo.commitAll("docs");

    assertThat(commits(repo).ofCommit(repo.dir, "--output=/tmp/x", ScopeLimits.defaults()).outcome())
        .isEqualTo(ScopeOutcome.EMPTY_DIFF);
    assertThat(commits(repo).ofCommit(repo.dir, "0".repeat(40), ScopeLimits.defaults()).outcome())
        .isEqualTo(ScopeOutcome.EMPTY_DIFF);
    assertThat(commits(repo).ofCommit(repo.dir, docs, ScopeLimits.defaults()).outcome())
        .isEqualTo(ScopeOutcome.NO_SOURCE_FILES);
  }
}

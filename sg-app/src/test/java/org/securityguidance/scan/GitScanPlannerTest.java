package org.securityguidance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.git.Git;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;
import org.securityguidance.testing.TempTree;

/** Planning inside real git repositories: git decides which files exist. */
class GitScanPlannerTest {
  @TempDir Path tmp;
  GitRepo repo;
  ScanPlanner planner;

  @BeforeEach
  void repository() throws IOException {
    repo = GitRepo.init(tmp.resolve("repo"));
    planner = new ScanPlanner(new GitRepositoryFiles(Git.local(new Env(repo.environment))));
    TempTree.write(repo.dir, ".gitignore", "build/\n*.log\n");
    TempTree.write(repo.dir, "src/tracked.py", "eval(x)\n");
    TempTree.write(repo.dir, "src/with space/\u00e9t\u00e9.js", "eval(y)\n");
    TempTree.write(repo.dir, "docs/guide.md", "text\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "init");
    TempTree.write(repo.dir, "src/untracked.py", "new\n");
    TempTree.write(repo.dir, "build/out.js", "eval(generated)\n");
    TempTree.write(repo.dir, "src/debug.log", "eval in a log\n");
  }

  private static List<String> paths(ScanPlan plan) {
    return plan.files().stream().map(SourceFile::path).toList();
  }

  @Test
  void trackedAndUntrackedFilesAreListedIgnoredOnesAreNot() throws IOException {
    ScanPlan plan = planner.plan(repo.dir, List.of("."));
    assertThat(plan.insideGit()).isTrue();
    assertThat(plan.root()).isEqualTo(repo.dir.toRealPath());
    assertThat(paths(plan)).containsExactly(".gitignore", "docs/guide.md", "src/tracked.py", "src/untracked.py",
        "src/with space/\u00e9t\u00e9.js");
  }

  @Test
  void listedPathsPointAtTheRealFiles() throws IOException {
    for (SourceFile f : planner.plan(repo.dir, List.of(".")).files()) {
      assertThat(f.file()).isRegularFile();
      assertThat(f.file()).isEqualTo(repo.dir.toRealPath().resolve(f.path()));
    }
  }

  @Test
  void aSubdirectoryTargetKeepsPathsRelativeToTheWorkTreeTop() throws IOException {
    ScanPlan plan = planner.plan(repo.dir.resolve("docs"), List.of("../src/with space"));
    assertThat(plan.root()).isEqualTo(repo.dir.toRealPath());
    assertThat(paths(plan)).containsExactly("src/with space/\u00e9t\u00e9.js");
  }

  @Test
  void anIgnoredFileNamedExplicitlyIsScannedAnyway() throws IOException {
    ScanPlan plan = planner.plan(repo.dir, List.of("build/out.js", "docs"));
    assertThat(paths(plan)).containsExactly("build/out.js", "docs/guide.md");
  }

  @Test
  void aTargetPrefixDoesNotMatchASiblingWithTheSameStart() throws IOException {
    TempTree.write(repo.dir, "src2/other.py", "x\n");
    assertThat(paths(planner.plan(repo.dir, List.of("src")))).doesNotContain("src2/other.py");
  }

  @Test
  void aTrackedFileDeletedFromTheWorkTreeIsListedAndLaterSkipped() throws Exception {
    Files.delete(repo.dir.resolve("docs/guide.md"));
    ScanPlan plan = planner.plan(repo.dir, List.of("docs"));
    assertThat(paths(plan)).containsExactly("docs/guide.md");
    ScanResult r = new Scanner((p, c) -> List.of(), 1000, 1).scan(plan.root(), List.of(), plan.files(),
        ScanProgress.NONE);
    assertThat(r.stats().skipped(SkipReason.NOT_REGULAR)).isEqualTo(1);
  }

  @Test
  void targetsInTwoRepositoriesAreWalkedInstead() throws IOException {
    GitRepo other = GitRepo.init(tmp.resolve("other"));
    TempTree.write(other.dir, "x.py", "x\n");
    ScanPlan plan = planner.plan(tmp, List.of("repo/docs", "other"));
    assertThat(plan.insideGit()).isFalse();
    assertThat(plan.root()).isEqualTo(tmp.toRealPath());
    assertThat(paths(plan)).containsExactly("other/x.py", "repo/docs/guide.md");
  }
}

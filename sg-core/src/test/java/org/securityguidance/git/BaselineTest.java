package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path tmp;

  private TestRepo committedRepo() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("repo dir"));
    repo.write(".gitignore", "*.log\nbuild/\n");
    repo.write("app.py", "print('v1')\n");
    repo.write("Ávila/pay.py", "charge()\n");
    repo.write("with space/x y.py", "pass\n");
    repo.commitAll("init");
    return repo;
  }

  @Test
  void cleanTreeBaselineIsHead() throws IOException {
    TestRepo repo = committedRepo();

    BaselineSnapshot snap = new Baseline(repo.git).capture(repo.dir);

    assertThat(snap.baselineSha()).isEqualTo(repo.head());
    assertThat(snap.headSha()).isEqualTo(repo.head());
    assertThat(snap.untracked()).isEmpty();
    assertThat(snap.hasBaseline()).isTrue();
  }

  @Test
  void dirtyTreeBaselineIsAStashCommitThatLeavesTheTreeAndStashListAlone() throws IOException {
    TestRepo repo = committedRepo();
    repo.write("app.py", "print('v2 dirty')\n");

    BaselineSnapshot snap = new Baseline(repo.git).capture(repo.dir);

    assertThat(snap.baselineSha()).matches("[0-9a-f]{40}").isNotEqualTo(repo.head());
    assertThat(snap.headSha()).isEqualTo(repo.head());
    assertThat(repo.git("show", snap.baselineSha() + ":app.py")).isEqualTo("print('v2 dirty')\n");
    assertThat(repo.git("stash", "list")).isEmpty();
    assertThat(Files.readString(repo.dir.resolve("app.py"))).isEqualTo("print('v2 dirty')\n");
  }

  @Test
  void repositoryWithoutCommitsHasNoShaButStillListsUntrackedFiles() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("empty"));
    repo.write("new.py", "x\n");

    BaselineSnapshot snap = new Baseline(repo.git).capture(repo.dir);

    assertThat(snap.baselineSha()).isNull();
    assertThat(snap.headSha()).isNull();
    assertThat(snap.untracked()).containsOnlyKeys("new.py");
  }

  @Test
  void notARepositoryGivesTheEmptySnapshot() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(plain.resolve("a.py"), "x\n");

    BaselineSnapshot snap = new Baseline(TestRepo.isolatedGit(tmp)).capture(plain);

    assertThat(snap).isEqualTo(BaselineSnapshot.none());
  }

  @Test
  void untrackedSnapshotIsRepoRelativeSkipsIgnoredFilesAndRecordsNanosecondMtimes() throws IOException {
    TestRepo repo = committedRepo();
    repo.write("debug.log", "ignored\n");
    repo.write("build/out.py", "ignored\n");
    Path fresh = repo.write("Ávila/new pay.py", "new\n");
    repo.write("src/extra.py", "new\n");
    Path sub = repo.dir.resolve("src");

    BaselineSnapshot snap = new Baseline(repo.git).capture(sub);

    assertThat(snap.untracked()).containsOnlyKeys("Ávila/new pay.py", "src/extra.py");
    long expected = Files.getLastModifiedTime(fresh, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
    assertThat(snap.untracked().get("Ávila/new pay.py")).isEqualTo(expected);
    assertThat(snap.untrackedCapped()).isFalse();
  }

  @Test
  void untrackedSnapshotIsCappedAt2000() throws IOException {
    TestRepo repo = committedRepo();
    Path many = Files.createDirectories(repo.dir.resolve("many"));
    for (int i = 0; i < Baseline.UNTRACKED_CAP + 5; i++) {
      Files.writeString(many.resolve("f" + i + ".txt"), "x");
    }

    BaselineSnapshot snap = new Baseline(repo.git).capture(repo.dir);

    assertThat(snap.untracked()).hasSize(Baseline.UNTRACKED_CAP);
    assertThat(snap.untrackedCapped()).isTrue();
  }

  @Test
  void fileAtReadsTrackedContentIncludingSpacesAndNonAsciiPaths() throws IOException {
    TestRepo repo = committedRepo();
    String sha = repo.head();
    Baseline baseline = new Baseline(repo.git);

    assertThat(baseline.fileAt(repo.dir, sha, repo.dir.resolve("app.py"))).contains("print('v1')\n");
    assertThat(baseline.fileAt(repo.dir, sha, repo.dir.resolve("Ávila/pay.py"))).contains("charge()\n");
    assertThat(baseline.fileAt(repo.dir, sha, repo.dir.resolve("with space/x y.py"))).contains("pass\n");
  }

  @Test
  void fileAtSeesTheDirtyContentCapturedInTheStashBaseline() throws IOException {
    TestRepo repo = committedRepo();
    repo.write("app.py", "os.system(cmd)\n");
    Baseline baseline = new Baseline(repo.git);
    String sha = baseline.capture(repo.dir).baselineSha();
    repo.write("app.py", "rewritten by the agent\n");

    assertThat(baseline.fileAt(repo.dir, sha, repo.dir.resolve("app.py"))).contains("os.system(cmd)\n");
  }

  @Test
  void fileAtWorksWhenTheProjectDirIsASubdirectoryOfTheRepository() throws IOException {
    TestRepo repo = committedRepo();
    Path projectDir = repo.dir.resolve("Ávila");

    assertThat(new Baseline(repo.git).fileAt(projectDir, repo.head(), projectDir.resolve("pay.py")))
        .contains("charge()\n");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void fileAtFallsBackToTheTopLevelWhenTheProjectDirIsSpelledThroughASymlink() throws IOException {
    TestRepo repo = committedRepo();
    Path link = Files.createSymbolicLink(tmp.resolve("link"), repo.dir);
    Path realFile = repo.dir.toRealPath().resolve("app.py");

    assertThat(new Baseline(repo.git).fileAt(link, repo.head(), realFile)).contains("print('v1')\n");
  }

  @Test
  void fileAtIsEmptyForNewFilesOutsidePathsNonReposAndBadShas() throws IOException {
    TestRepo repo = committedRepo();
    Path newFile = repo.write("brand-new.py", "x\n");
    Path outside = Files.writeString(tmp.resolve("outside.py"), "x\n");
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Baseline baseline = new Baseline(repo.git);
    String sha = repo.head();

    assertThat(baseline.fileAt(repo.dir, sha, newFile)).isEmpty();
    assertThat(baseline.fileAt(repo.dir, sha, outside)).isEmpty();
    assertThat(baseline.fileAt(repo.dir, sha, repo.dir.resolve("Ávila"))).isEmpty(); // a tree, not a blob
    assertThat(baseline.fileAt(plain, sha, plain.resolve("a.py"))).isEmpty();
    assertThat(baseline.fileAt(repo.dir, "--output=/tmp/x", repo.dir.resolve("app.py"))).isEmpty();
    assertThat(baseline.fileAt(repo.dir, null, repo.dir.resolve("app.py"))).isEmpty();
    assertThat(baseline.fileAt(repo.dir, "0".repeat(40), repo.dir.resolve("app.py"))).isEmpty();
  }
}

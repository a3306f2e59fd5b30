package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.sys.ProcessResult;

class RepoFilesTest {
  @TempDir Path tmp;

  @Test
  void listsTrackedAndUntrackedButNotIgnoredFilesWithExactNames() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.write(".gitignore", "*.log\nnode_modules/\n");
    repo.write("app.py", "a\n");
    repo.write("Ávila/pay.py", "b\n");
    repo.commitAll("init");
    repo.write("with space/new file.py", "c\n");
    repo.write("日本/テスト.js", "d\n");
    repo.write("debug.log", "ignored\n");
    repo.write("node_modules/lib/index.js", "ignored\n");

    assertThat(new RepoFiles(repo.git).list(repo.dir)).containsExactlyInAnyOrder(".gitignore", "app.py",
        "Ávila/pay.py", "with space/new file.py", "日本/テスト.js");
  }

  @Test
  void aSubdirectoryRootListsOnlyItsFilesRelativeToIt() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.write("top.py", "a\n");
    repo.write("pkg/mod.py", "b\n");
    repo.commitAll("init");
    repo.write("pkg/sub/new.py", "c\n");

    assertThat(new RepoFiles(repo.git).list(repo.dir.resolve("pkg"))).containsExactlyInAnyOrder("mod.py",
        "sub/new.py");
  }

  @Test
  void conflictedFilesAppearOnce() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    repo.write("c.py", "base\n");
    repo.commitAll("base");
    String base = repo.git("rev-parse", "--abbrev-ref", "HEAD").strip();
    repo.git("checkout", "-q", "-b", "other");
    repo.write("c.py", "other\n");
    repo.commitAll("other");
    repo.git("checkout", "-q", base);
    repo.write("c.py", "mine\n");
    repo.commitAll("mine");
    ProcessResult merge = repo.git.run(repo.dir, GitTimeout.DIFF, "merge", "-q", "other");
    assertThat(merge.exitCode()).isNotZero();
    assertThat(repo.git("ls-files", "--cached").lines().filter("c.py"::equals).count()).isGreaterThan(1);

    assertThat(new RepoFiles(repo.git).list(repo.dir)).containsExactly("c.py");
  }

  @Test
  void outsideARepositoryThereIsNoListing() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(plain.resolve("a.py"), "x\n");
    RepoFiles files = new RepoFiles(TestRepo.isolatedGit(tmp));

    assertThat(files.listIfRepo(plain)).isEmpty();
    assertThat(files.list(plain)).isEmpty();
  }

  @Test
  void nulSeparatedParsingDropsACutOffTrailingRecord() {
    byte[] bytes = "a\0b c\0d".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(NulSeparated.split(bytes, false)).containsExactly("a", "b c", "d");
    assertThat(NulSeparated.split(bytes, true)).containsExactly("a", "b c");
    assertThat(NulSeparated.split(new byte[0], false)).isEmpty();
  }
}

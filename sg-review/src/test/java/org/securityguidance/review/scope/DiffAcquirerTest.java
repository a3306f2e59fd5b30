package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.sys.ProcessRunner;

class DiffAcquirerTest {
  @TempDir Path tmp;

  private static DiffAcquirer acquirer(ScopeRepo repo) {
    return new DiffAcquirer(new ScopeGit(ProcessRunner.local(), repo.env));
  }

  @Test
  void pathsThatAllLieOutsideTheRepositoryNeverWidenToAnUnrestrictedDiff() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.write("app.py", "changed\n");

    String out = acquirer(repo).diff(repo.dir, "HEAD", List.of("/etc/passwd", "../elsewhere.py"), Set.of(), Map.of())
        .orElseThrow();

    assertThat(out).isEmpty();
    assertThat(acquirer(repo).diff(repo.dir, "HEAD", List.of(), Set.of(), Map.of())).contains("");
  }

  @Test
  void absolutePathsAreMadeRepoRelative() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.write("app.py", "changed\n");

    String out = acquirer(repo).diff(repo.dir, "HEAD", List.of(repo.dir.resolve("app.py").toString()), Set.of(),
        Map.of()).orElseThrow();

    assertThat(out).startsWith("diff --git a/app.py b/app.py\n").contains("+changed");
  }

  @Test
  void untrackedFilesAreShownWholeThroughAScratchIndexThatIsRemovedAfterwards() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.write("new.py", "eval(x)\n");
    byte[] index = repo.indexBytes();
    long indexMtime = Files.getLastModifiedTime(repo.dir.resolve(".git/index")).toMillis();
    Set<Path> tempsBefore = scratchFiles();

    String out = acquirer(repo).diff(repo.dir, "HEAD", List.of("new.py", "gone.py"), Set.of("new.py", "gone.py"),
        Map.of()).orElseThrow();

    assertThat(out).contains("new file mode").contains("+eval(x)");
    assertThat(repo.indexBytes()).isEqualTo(index);
    assertThat(Files.getLastModifiedTime(repo.dir.resolve(".git/index")).toMillis()).isEqualTo(indexMtime);
    assertThat(scratchFiles()).isSubsetOf(tempsBefore);
  }

  @Test
  void aFailingBaseIsReportedAsNoDiff() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    repo.write("app.py", "changed\n");

    assertThat(acquirer(repo).diff(repo.dir, "0".repeat(40), List.of("app.py"), Set.of(), Map.of())).isEmpty();
    assertThat(acquirer(repo).diff(repo.dir, "--output=/tmp/x", List.of("app.py"), Set.of(), Map.of())).isEmpty();
  }

  @Test
  void longPathListsAreSplitIntoSeveralGitCallsWithoutLosingFiles() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    List<String> paths = new ArrayList<>();
    String longDir = "d".repeat(180);
    for (int i = 0; i < 120; i++) {
      String p = longDir + "/file_" + i + ".py";
      repo.write(p, "x = " + i + "\n");
      paths.add(p);
    }
    assertThat(paths.stream().mapToInt(String::length).sum()).isGreaterThan(Pathspecs.BATCH_CHARS);

    String out = acquirer(repo).diff(repo.dir, "HEAD", paths, new HashSet<>(paths), Map.of()).orElseThrow();

    assertThat(DiffParser.parse(out)).extracting(FileDiff::path).containsExactlyInAnyOrderElementsOf(paths);
  }

  @Test
  void batchesKeepARenameNextToItsOrigin() {
    String big = "x".repeat(Pathspecs.BATCH_CHARS - 10);
    List<List<String>> batches = Pathspecs.batches(List.of(List.of(big), List.of("new.py", "old.py")));

    assertThat(batches).containsExactly(List.of(big), List.of("new.py", "old.py"));
  }

  private static Set<Path> scratchFiles() throws IOException {
    Set<Path> out = new HashSet<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
        "sg-index-*")) {
      s.forEach(out::add);
    }
    return out;
  }
}

package org.securityguidance.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.testing.TempTree;

class ScanPlannerTest {
  @TempDir Path tmp;
  Path root;

  private final ScanPlanner planner = new ScanPlanner(RepositoryFiles.NONE);

  @BeforeEach
  void tree() throws IOException {
    root = tmp.resolve("proj").toAbsolutePath();
    TempTree.write(root, "src/a.py", "a");
    TempTree.write(root, "src/deep/b.js", "b");
    TempTree.write(root, "README.md", "r");
    TempTree.write(root, ".git/config", "[core]");
    TempTree.write(root, "sub/.git/HEAD", "ref");
    TempTree.write(root, "with space/ü.py", "u");
    TempTree.write(tmp, "outside/secret.py", "s");
  }

  private static List<String> paths(ScanPlan plan) {
    return plan.files().stream().map(SourceFile::path).toList();
  }

  @Test
  void walkListsRegularFilesInPathOrderAndSkipsGitDirectories() throws IOException {
    ScanPlan plan = planner.plan(root, List.of("."));
    assertThat(plan.root()).isEqualTo(root.toRealPath());
    assertThat(plan.insideGit()).isFalse();
    assertThat(paths(plan)).containsExactly("README.md", "src/a.py", "src/deep/b.js", "with space/\u00fc.py");
  }

  @Test
  void symlinksInsideTheTreeAreNotFollowedOutOfIt() throws IOException {
    Files.createSymbolicLink(root.resolve("src/escape"), tmp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("src/file-link.py"), tmp.resolve("outside/secret.py"));
    assertThat(paths(planner.plan(root, List.of("src")))).containsExactly("src/a.py", "src/deep/b.js");
  }

  @Test
  void pathsStayRelativeToTheWorkingDirectoryWhenItHoldsTheTargets() throws IOException {
    ScanPlan plan = planner.plan(root, List.of("src/deep", "README.md", "src"));
    assertThat(plan.root()).isEqualTo(root.toRealPath());
    assertThat(paths(plan)).containsExactly("README.md", "src/a.py", "src/deep/b.js");
  }

  @Test
  void targetsOutsideTheWorkingDirectoryAreRootedAtTheirCommonAncestor() throws IOException {
    ScanPlan plan = planner.plan(root.resolve("src"), List.of(root + "/src/deep", root + "/README.md"));
    assertThat(plan.root()).isEqualTo(root.toRealPath());
    assertThat(paths(plan)).containsExactly("README.md", "src/deep/b.js");
  }

  @Test
  void aSingleOutsideFileIsRootedAtItsDirectory() throws IOException {
    ScanPlan plan = planner.plan(root, List.of(tmp.resolve("outside/secret.py").toString()));
    assertThat(plan.root()).isEqualTo(tmp.resolve("outside").toRealPath());
    assertThat(paths(plan)).containsExactly("secret.py");
  }

  @Test
  void missingPathIsAnInputError() {
    assertThatThrownBy(() -> planner.plan(root, List.of("src", "nope")))
        .isInstanceOf(ScanInputException.class)
        .hasMessage("no such file or directory: nope");
  }
}

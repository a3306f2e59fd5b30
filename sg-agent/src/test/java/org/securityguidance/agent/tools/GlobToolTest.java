package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.sandbox.RepoListing;
import org.securityguidance.agent.sandbox.RepoSandbox;
import org.securityguidance.agent.sandbox.SandboxRepo;

class GlobToolTest {
  @TempDir Path tmp;
  SandboxRepo repo;

  @BeforeEach
  void setUp() throws IOException {
    repo = SandboxRepo.init(tmp);
    repo.write("src/main/Auth.java", "class Auth {}\n");
    repo.write("src/main/auth/Login.java", "class Login {}\n");
    repo.write("web/app.ts", "x\n");
    repo.write(".gitignore", "out/\n");
    repo.write("out/Generated.java", "class Generated {}\n");
    repo.commitAll("files");
    repo.write("src/New.java", "class New {}\n");
  }

  @Test
  void listsTrackedAndUntrackedButNotIgnoredFiles() throws IOException {
    ToolSet tools = ToolSet.standard(repo.sandbox());
    assertThat(tools.execute("Glob", Map.of("pattern", "**/*.java")).text())
        .isEqualTo("src/New.java\nsrc/main/Auth.java\nsrc/main/auth/Login.java\n");
    assertThat(tools.execute("Glob", Map.of("pattern", "src/**/auth*")).text()).isEqualTo("[no files match]");
    assertThat(tools.execute("Glob", Map.of("pattern", "src/**/Auth*")).text()).isEqualTo("src/main/Auth.java\n");
    assertThat(tools.execute("Glob", Map.of("pattern", "*.java", "path", "src/main/auth")).text())
        .isEqualTo("src/main/auth/Login.java\n");
    assertThat(tools.execute("Glob", Map.of("pattern", "main/*.java", "path", "src")).text())
        .isEqualTo("src/main/Auth.java\n");
    assertThat(tools.execute("Glob", Map.of("pattern", "src/*.py")).text()).startsWith("[no files match]")
        .contains("**/");
  }

  /**
   * 100k files: creating them on disk takes ~8 s here, so the listing is injected (the files need not exist for
   * Glob, which matches names only); Grep over the same listing opens the few that exist and stops at its limits.
   */
  @Test
  void aGlobMatching100kFilesReturnsQuicklyWithATruncationNote() throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      files.add("pkg" + (i / 1000) + "/File" + i + ".java");
    }
    RepoSandbox sandbox = RepoSandbox.create(repo.dir, List.of(repo.dir.resolve(".git")), List.of(),
        RepoListing.of(files));
    ToolSet tools = ToolSet.standard(sandbox);
    ToolResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> tools.execute("Glob", Map.of("pattern", "**/*.java")));
    assertThat(r.text().lines().filter(l -> l.endsWith(".java")).count()).isEqualTo(200);
    assertThat(r.text()).endsWith("[99800 more matching files not shown; narrow the pattern or path]");
    assertThat(r.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(16 * 1024);
    ToolResult grep = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> tools.execute("Grep", Map.of("pattern", "class")));
    assertThat(grep.error()).isFalse();
    assertThat(grep.text()).contains("not readable").containsAnyOf("file limit reached", "time limit reached");
    assertThat(tools.stats().truncated()).isEqualTo(2);
  }

  @Test
  void stopsAtTheDeadlineWithANote() throws IOException {
    ToolSet tools = new ToolSet(repo.sandbox(), ToolLimits.defaults().withDeadline(Duration.ZERO));
    assertThat(tools.execute("Glob", Map.of("pattern", "**")).text()).startsWith("[time limit reached");
  }
}

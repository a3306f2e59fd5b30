package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.sandbox.SandboxRepo;

class GrepToolTest {
  @TempDir Path tmp;
  SandboxRepo repo;

  @BeforeEach
  void setUp() throws IOException {
    repo = SandboxRepo.init(tmp);
    repo.write("src/Auth.java", "class Auth {\n  boolean check(String token) {\n    return TOKEN.equals(token);\n  }\n}\n");
    repo.write("src/web/Routes.ts", "router.get('/admin', handler);\nconst token = req.query.token;\n");
    repo.write("docs/notes.md", "The token is rotated daily.\n");
    Files.write(repo.dir.resolve("lib.bin"), new byte[] {'t', 'o', 'k', 'e', 'n', 0, 1, 2});
    repo.commitAll("files");
  }

  private ToolResult grep(ToolLimits limits, Map<String, Object> input) throws IOException {
    ToolResult r = new ToolSet(repo.sandbox(), limits).execute("Grep", input);
    assertThat(r.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limits.resultBytes());
    return r;
  }

  private ToolResult grep(Map<String, Object> input) throws IOException {
    return grep(ToolLimits.defaults(), input);
  }

  @Test
  void listsMatchingLinesAsPathLineText() throws IOException {
    ToolResult r = grep(Map.of("pattern", "token\\b"));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).contains("src/Auth.java:2:   boolean check(String token) {\n")
        .contains("src/Auth.java:3:     return TOKEN.equals(token);\n")
        .contains("src/web/Routes.ts:2: const token = req.query.token;\n")
        .contains("docs/notes.md:1: The token is rotated daily.\n")
        .contains("[4 matches in 3 files").contains("1 binary")
        .doesNotContain("lib.bin:");
  }

  @Test
  void honoursCaseInsensitivityPathAndGlobFilters() throws IOException {
    assertThat(grep(Map.of("pattern", "^\\s+return token", "case_insensitive", true)).text())
        .contains("src/Auth.java:3:");
    assertThat(grep(Map.of("pattern", "token", "path", "src/web")).text())
        .contains("src/web/Routes.ts:2:").doesNotContain("Auth.java").doesNotContain("notes.md");
    assertThat(grep(Map.of("pattern", "token", "glob", "*.md")).text())
        .contains("docs/notes.md:1:").doesNotContain(".java").doesNotContain(".ts:");
    assertThat(grep(Map.of("pattern", "token", "path", "src/Auth.java")).text())
        .contains("src/Auth.java:2:").doesNotContain("Routes");
    assertThat(grep(Map.of("pattern", "nowhere-to-be-found")).text()).startsWith("[no matches; searched 4 files");
  }

  @Test
  void capsMatchesAndResultSizeWithLongLinesClipped() throws IOException {
    repo.write("many.txt", ("x".repeat(3000) + " hit\n").repeat(300));
    ToolResult r = grep(Map.of("pattern", "hit", "max_matches", 10_000));
    assertThat(r.text()).contains("many.txt:1: …xxx").contains("output size limit reached");
    assertThat(r.text().lines()).allMatch(l -> l.length() < 600);
    assertThat(r.text().lines().filter(l -> l.startsWith("many.txt:")).count()).isBetween(10L, 300L);
    ToolResult few = grep(Map.of("pattern", "hit", "max_matches", 3));
    assertThat(few.text().lines().filter(l -> l.startsWith("many.txt:")).count()).isEqualTo(3);
    assertThat(few.text()).contains("match limit reached");
  }

  @Test
  void skipsFilesOverTheSizeCapAndStopsAtTheByteBudget() throws IOException {
    repo.write("huge.txt", "token\n" + "y".repeat(1024 * 1024 + 10));
    ToolResult r = grep(Map.of("pattern", "token"));
    assertThat(r.text()).contains("1 over 1024 KiB").doesNotContain("huge.txt:");
    ToolLimits d = ToolLimits.defaults();
    ToolLimits tinyBudget = new ToolLimits(d.resultBytes(), d.readDefaultLines(), d.readMaxLines(),
        d.readScanBytes(), d.lineChars(), d.grepFileBytes(), 40, d.grepMaxFiles(), d.grepDefaultMatches(),
        d.grepMaxMatches(), d.globMaxResults(), d.deadline());
    assertThat(grep(tinyBudget, Map.of("pattern", "token")).text()).contains("byte budget reached");
  }

  @Test
  void aSymlinkAndItsTargetAreSearchedOnce() throws IOException {
    try {
      Files.createSymbolicLink(repo.dir.resolve("alias.ts"), Path.of("src/web/Routes.ts"));
    } catch (IOException | UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symlinks here");
    }
    ToolResult r = grep(Map.of("pattern", "admin"));
    assertThat(r.text()).startsWith("src/web/Routes.ts:1: router.get('/admin', handler);\n[1 match in 1 file");
  }

  @Test
  void deeplyNestedPatternsAreAnsweredNotThrown() throws IOException {
    ToolResult r = grep(Map.of("pattern", "(".repeat(500) + "token" + ")".repeat(495)));
    assertThat(r.text()).isNotBlank();
  }

  @Test
  void stopsAtTheDeadline() throws IOException {
    ToolResult r = grep(ToolLimits.defaults().withDeadline(Duration.ZERO), Map.of("pattern", "token"));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).contains("time limit reached");
  }
}

package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.sys.Env;

/** File-count and size limits of spec §3.6 and §5.7 on real repositories. */
class ReviewScopeLimitsTest {
  @TempDir Path tmp;

  @Test
  void thirtyOneFilesSendThirtyChosenByRisk() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    BaselineState baseline = repo.baseline();
    repo.write("tests/fixtures/x.test.ts", "export const a = 1;\n");
    for (int i = 0; i < 29; i++) {
      repo.write("lib/m" + i + ".py", "x = " + i + "\n");
    }
    repo.write("api/auth_handler.py", "def login(): pass\n");

    ReviewScope.Result r = repo.scope().compute(repo.dir, baseline, ScopeLimits.defaults());

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    assertThat(r.files()).hasSize(30).extracting(FileDiff::path)
        .startsWith("api/auth_handler.py").doesNotContain("tests/fixtures/x.test.ts");
    assertThat(r.metrics()).containsEntry("diff_files_count", 31L).containsEntry("diff_files_dropped", 1L);
  }

  @Test
  void moreThanTenTimesTheFileLimitIsSkipped() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    BaselineState baseline = repo.baseline();
    for (int i = 0; i < 301; i++) {
      repo.write("gen" + (i % 7) + "/f" + i + ".py", "v = " + i + "\n");
    }

    ReviewScope.Result r = repo.scope().compute(repo.dir, baseline, ScopeLimits.defaults());

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.TOO_MANY_FILES);
    assertThat(r.outcome().stopSkipCode()).isEqualTo(8);
    assertThat(r.files()).isEmpty();
    assertThat(r.metrics()).containsEntry("diff_files_count", 301L);
  }

  @Test
  void perFileAndTotalCapsCutWithMarkersAndCountWhatWasCut() throws IOException {
    ScopeRepo repo = ScopeRepo.withInitialCommit(tmp.resolve("repo"));
    BaselineState baseline = repo.baseline();
    repo.write("a.py", "a = 1\n".repeat(300));
    repo.write("b.py", "b = 2\n".repeat(100));
    repo.write("c.py", "c = 3\n");

    ReviewScope.Result r = repo.scope().compute(repo.dir, baseline, new ScopeLimits(30, 1_000, 1_700));

    assertThat(r.outcome()).isEqualTo(ScopeOutcome.OK);
    FileDiff a = r.files().get(0);
    FileDiff b = r.files().get(1);
    FileDiff c = r.files().get(2);
    assertThat(a.content()).contains("per-file size limit");
    assertThat(a.truncatedChars()).isEqualTo("@@ -0,0 +1,300 @@\n".length() + 300 * "+a = 1\n".length() - 1_000);
    assertThat(b.content()).contains("total size limit");
    assertThat(c.content()).doesNotContain("c = 3").contains("left out");
    assertThat(r.metrics().get("diff_truncated"))
        .isEqualTo(a.truncatedChars() + b.truncatedChars() + c.truncatedChars()).isPositive();
  }

  @Test
  void limitsComeFromTheOriginalsVariablesAndIgnoreBadValues() {
    ScopeLimits limits = ScopeLimits.from(new Env(Map.of(
        "MAX_DIFF_FILES", "5", "DIFF_PER_FILE_BYTES", "abc", "DIFF_TOTAL_BYTES", "0")));

    assertThat(limits).isEqualTo(new ScopeLimits(5, 80_000, 400_000));
    assertThat(limits.pathologicalFiles()).isEqualTo(50);
    assertThat(ScopeLimits.from(new Env(Map.of()))).isEqualTo(ScopeLimits.defaults());
  }
}

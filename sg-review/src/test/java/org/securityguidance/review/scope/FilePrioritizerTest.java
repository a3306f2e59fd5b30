package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePrioritizerTest {
  private static FileDiff file(String path, int addedLines) {
    return new FileDiff(path, "@@ -0,0 +1," + addedLines + " @@\n" + "+x\n".repeat(addedLines), true, 0);
  }

  @Test
  void thirtyOneFilesKeepThirtyAndDropTheLowestScore() {
    List<FileDiff> files = new ArrayList<>();
    files.add(file("tests/fixtures/x.test.ts", 5));
    for (int i = 0; i < 29; i++) {
      files.add(file("lib/module" + i + ".py", 1));
    }
    files.add(file("api/auth_handler.py", 1));

    FilePrioritizer.Prioritized p = FilePrioritizer.keepTop(files, 30);

    assertThat(p.dropped()).isEqualTo(1);
    assertThat(p.kept()).hasSize(30).extracting(FileDiff::path)
        .startsWith("api/auth_handler.py")
        .doesNotContain("tests/fixtures/x.test.ts");
  }

  @Test
  void scoreIsRiskTokensThenNotLowPriorityThenAddedLinesAndTiesKeepOrder() {
    List<FileDiff> files = List.of(
        file("a.py", 1), file("b.py", 9), file("c/__tests__/auth.ts", 1), file("auth.py", 1), file("d.py", 1));

    List<String> order = FilePrioritizer.keepTop(files, 4).kept().stream().map(FileDiff::path).toList();

    assertThat(order).containsExactly("auth.py", "c/__tests__/auth.ts", "b.py", "a.py");
  }

  @Test
  void filesThatFitKeepTheirOrder() {
    List<FileDiff> files = List.of(file("z.py", 1), file("auth.py", 1));

    FilePrioritizer.Prioritized p = FilePrioritizer.keepTop(files, 30);

    assertThat(p.kept()).isEqualTo(files);
    assertThat(p.dropped()).isZero();
  }

  @Test
  void lowPriorityCoversTestsFixturesMigrationsAndToolConfig() {
    assertThat(FilePrioritizer.isLowPriority("db/migrations/0001_init.py")).isTrue();
    assertThat(FilePrioritizer.isLowPriority("src/server_test.go")).isTrue();
    assertThat(FilePrioritizer.isLowPriority("vite.config.ts")).isTrue();
    assertThat(FilePrioritizer.isLowPriority("src/test/java/AppTest.java")).isTrue();
    assertThat(FilePrioritizer.isLowPriority("src/contest.py")).isFalse();
  }
}

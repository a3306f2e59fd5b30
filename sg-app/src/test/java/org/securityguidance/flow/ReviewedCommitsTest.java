package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sg-reviewed-shas} record (spec §2.2). */
class ReviewedCommitsTest {
  @TempDir Path dir;

  private static String sha(int i) {
    return String.format("%040x", i);
  }

  @Test
  void linesHaveTheOriginalsFourFields() throws Exception {
    new ReviewedCommits(dir).record(List.of(sha(1)), 1732550000, 30000, 2);
    assertThat(Files.readString(dir.resolve("sg-reviewed-shas")))
        .isEqualTo(sha(1) + "\t1732550000\t30000\t2\n");
  }

  @Test
  void aRepeatKeepsTheNewestLineOnceAtTheEnd() {
    ReviewedCommits r = new ReviewedCommits(dir);
    r.record(List.of(sha(1), sha(2)), 10, 1, 0);
    r.record(List.of(sha(1)), 20, 1, 3);
    assertThat(r.shas()).containsExactly(sha(2), sha(1));
  }

  @Test
  void onlyTheLast500AreKept() {
    ReviewedCommits r = new ReviewedCommits(dir);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 520; i++) {
      many.add(sha(i));
    }
    r.record(many, 1, 1, 0);
    assertThat(r.shas()).hasSize(500).doesNotContain(sha(19)).contains(sha(20), sha(519));
  }

  @Test
  void foreignAndDamagedLinesAreIgnoredAndAbbreviationsMatch() throws Exception {
    Files.writeString(dir.resolve("sg-reviewed-shas"), "garbage\n" + sha(0xabcdef).toUpperCase() + "\t1\n" + sha(9)
        + "\t1\t1\t0\n\n");
    ReviewedCommits r = new ReviewedCommits(dir);
    assertThat(r.shas()).containsExactly(sha(9));
    assertThat(r.contains(sha(9).substring(0, 7))).isTrue();
    assertThat(r.contains("0000")).isFalse();
    assertThat(r.contains(sha(0xabcdef))).isFalse();
  }

  @Test
  void nonIdsAreNeverWritten() throws Exception {
    assertThat(new ReviewedCommits(dir).record(List.of("HEAD", "abc\nxyz"), 1, 1, 0)).isTrue();
    assertThat(dir.resolve("sg-reviewed-shas")).doesNotExist();
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> done = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      int n = i;
      done.add(pool.submit(() -> new ReviewedCommits(dir).record(List.of(sha(n)), n, 1, 0)));
    }
    for (Future<Boolean> f : done) {
      assertThat(f.get()).isTrue();
    }
    pool.shutdown();
    assertThat(new ReviewedCommits(dir).shas()).hasSize(64);
  }
}

package org.securityguidance.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;

class UsageLogTest {
  @TempDir Path dir;

  static UsageEntry entry(long ts, ReviewOutcome outcome, String... models) {
    return new UsageEntry(ts, ReviewLayer.STOP_REVIEW, outcome,
        new ReviewUsage(List.of(models), 1000, 200, 50, 10, 1, 0.0125, 0, 0), 2, 3, 40, 1500, 0);
  }

  @Test
  void appendsOneLinePerReviewAndReadsThemBack() {
    UsageLog log = UsageLog.in(dir.resolve("state"));
    assertThat(log.append(entry(100, ReviewOutcome.FINDINGS, "claude-opus-4-7"))).isTrue();
    assertThat(log.append(entry(200, ReviewOutcome.CLEAN, "claude-opus-4-7"))).isTrue();
    List<UsageEntry> all = log.readSince(0);
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isEqualTo(entry(100, ReviewOutcome.FINDINGS, "claude-opus-4-7"));
    assertThat(log.readSince(150)).extracting(UsageEntry::epochSeconds).containsExactly(200L);
  }

  @Test
  void theLineHoldsOnlyIdsCountsAndTimings() throws Exception {
    UsageLog log = UsageLog.in(dir);
    log.append(entry(100, ReviewOutcome.FINDINGS, "claude-opus-4-7"));
    String line = Files.readString(log.file());
    assertThat(line).isEqualTo("{\"ts\":100,\"layer\":\"stop_review\",\"outcome\":\"findings\","
        + "\"models\":[\"claude-opus-4-7\"],\"tok_in\":1000,\"tok_out\":200,\"tok_cache_r\":50,\"tok_cache_w\":10,"
        + "\"api_calls\":1,\"cost_usd\":0.0125,\"http_err_count\":0,\"http_err_last\":0,\"findings\":2,"
        + "\"files_sent\":3,\"truncated_chars\":40,\"review_ms\":1500,\"error\":0}\n");
  }

  @Test
  void aModelIdThatIsNotAnIdNeverReachesTheLog() throws Exception {
    UsageLog log = UsageLog.in(dir);
    log.append(entry(1, ReviewOutcome.CLEAN, "claude-opus-4-7\n{\"ts\":9}", "/home/me/secret path", "us.anthropic"
        + ".claude-opus-4-7-v1:0"));
    String text = Files.readString(log.file());
    assertThat(text.lines()).hasSize(1);
    assertThat(text).contains("\"models\":[\"other\",\"us.anthropic.claude-opus-4-7-v1:0\"]")
        .doesNotContain("secret").doesNotContain("home");
  }

  @Test
  void theFileIsPrivate() throws Exception {
    UsageLog log = UsageLog.in(dir.resolve("new/state"));
    log.append(entry(1, ReviewOutcome.CLEAN));
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file().getParent())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void rotatesPastTheThresholdAndReadsBothGenerations() throws Exception {
    UsageLog log = UsageLog.in(dir);
    String filler = "{\"note\":\"" + "x".repeat(1000) + "\"}\n";
    Files.writeString(log.file(), filler.repeat((int) (UsageLog.ROTATE_BYTES / filler.length()) + 2));
    log.append(entry(5, ReviewOutcome.CLEAN));
    assertThat(log.file().resolveSibling("usage.jsonl.1")).exists();
    assertThat(Files.size(log.file())).isLessThan(1000);
    log.append(entry(6, ReviewOutcome.CLEAN));
    Files.writeString(log.file().resolveSibling("usage.jsonl.1"), Json.write(entry(4, ReviewOutcome.FINDINGS)
        .toJson()) + "\n");
    assertThat(log.readSince(0)).extracting(UsageEntry::epochSeconds).containsExactly(4L, 5L, 6L);
  }

  @Test
  void damagedAndForeignLinesAreSkipped() throws Exception {
    UsageLog log = UsageLog.in(dir);
    Files.writeString(log.file(), "not json\n{\"ts\":1,\"layer\":\"mystery\",\"outcome\":\"clean\"}\n[1]\n\n"
        + "{\"ts\":3,\"layer\":\"cli_review\",\"outcome\":\"clean\",\"tok_in\":-5,\"models\":[7,\"m\"]}\n"
        + "\u00ff\u00fe{{\n", StandardCharsets.UTF_8);
    List<UsageEntry> read = log.readSince(0);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).layer()).isEqualTo(ReviewLayer.CLI_REVIEW);
    assertThat(read.get(0).usage().inputTokens()).isZero();
    assertThat(read.get(0).usage().models()).containsExactly("m");
  }

  @Test
  void aMissingLogReadsAsEmptyAndAnUnwritableOneReportsFalse() throws Exception {
    assertThat(UsageLog.in(dir.resolve("none")).readSince(0)).isEmpty();
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    assertThat(UsageLog.in(blocker).append(entry(1, ReviewOutcome.CLEAN))).isFalse();
  }

  @Test
  void concurrentWritersInterleaveWholeLines() throws Exception {
    UsageLog log = UsageLog.in(dir);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> done = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long ts = i;
      done.add(pool.submit(() -> log.append(entry(ts, ReviewOutcome.CLEAN, "m"))));
    }
    for (Future<Boolean> f : done) {
      assertThat(f.get()).isTrue();
    }
    pool.shutdown();
    assertThat(log.readSince(0)).hasSize(200);
    for (String line : Files.readAllLines(log.file())) {
      assertThat(Json.parseObject(line)).isInstanceOf(Map.class);
    }
  }
}

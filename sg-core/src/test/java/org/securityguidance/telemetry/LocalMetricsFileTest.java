package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.hook.HookEvent;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

class LocalMetricsFileTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_750_000_000L), ZoneOffset.UTC);

  @TempDir Path state;

  @Test
  void aLineHoldsTimeHookSourceAndExactlyTheMetricsObject() throws IOException {
    LocalMetricsFile file = LocalMetricsFile.in(state, CLOCK);
    MetricLine metrics = MetricLine.withPv(30001).put("pattern_hits", 2).put("rule_mask", 1L << 5);

    assertThat(file.append("PostToolUse", metrics)).isTrue();

    List<String> lines = Files.readAllLines(state.resolve("metrics.jsonl"));
    assertThat(lines).containsExactly(
        "{\"ts\":1750000000,\"hook\":\"PostToolUse\",\"src\":\"jvm\",\"metrics\":{\"pv\":30001,\"pattern_hits\":2,"
            + "\"rule_mask\":32}}");
    Map<String, Object> parsed = Json.parseObject(lines.get(0));
    assertThat(parsed).containsOnlyKeys("ts", "hook", "src", "metrics");
    assertThat(JsonView.object(parsed, "metrics")).isEqualTo(Json.parseObject(Json.write(metrics.asMap())));
  }

  @Test
  void theFileIsPrivateAndItsMissingStateDirIsCreatedPrivate() throws IOException {
    assumeTrue(state.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX modes here");
    Path nested = state.resolve("a").resolve("security");
    LocalMetricsFile.in(nested, CLOCK).append("Stop", MetricLine.withPv(1));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.resolve("metrics.jsonl"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwx------");
  }

  @Test
  void linesAreAppendedAndAboveOneMebibyteTheFileRotatesToOneGeneration() throws IOException {
    LocalMetricsFile file = LocalMetricsFile.in(state, CLOCK);
    Path live = state.resolve("metrics.jsonl");
    Files.write(live, new byte[(int) LocalMetricsFile.ROTATE_BYTES + 1]);
    Files.writeString(state.resolve("metrics.jsonl.1"), "older generation\n");

    file.append("SessionStart", MetricLine.withPv(1).put("boot", 1));
    file.append("Stop", MetricLine.withPv(1));

    assertThat(Files.size(state.resolve("metrics.jsonl.1"))).isEqualTo(LocalMetricsFile.ROTATE_BYTES + 1);
    assertThat(Files.readAllLines(live)).hasSize(2).allMatch(l -> l.startsWith("{\"ts\":"));
  }

  @Test
  void concurrentWritersNeverInterleaveLines() throws Exception {
    LocalMetricsFile file = LocalMetricsFile.in(state, Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      int id = t;
      pool.submit(() -> {
        for (int i = 0; i < 200; i++) {
          MetricLine m = MetricLine.withPv(30000);
          for (int k = 0; k < 18; k++) {
            m.put("key_" + k, (long) id * 1000 + i);
          }
          file.append("PostToolUse", m);
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    List<String> lines = Files.readAllLines(state.resolve("metrics.jsonl"));
    assertThat(lines).hasSize(1600);
    for (String line : lines) {
      assertThat(JsonView.object(Json.parseObject(line), "metrics")).hasSize(19);
    }
  }

  @Test
  void disabledOrUnwritableSinksWriteNothingAndNeverThrow() throws IOException {
    assertThat(LocalMetricsFile.disabled().append("Stop", MetricLine.withPv(1))).isFalse();

    Path blocker = state.resolve("not-a-dir");
    Files.writeString(blocker, "x");
    assertThat(LocalMetricsFile.in(blocker, CLOCK).append("Stop", MetricLine.withPv(1))).isFalse();
    assertThat(LocalMetricsFile.in(state, CLOCK).append("bad\"hook", MetricLine.withPv(1))).isFalse();
    assertThat(LocalMetricsFile.in(state, CLOCK).append(null, MetricLine.withPv(1))).isFalse();
    assertThat(state.resolve("metrics.jsonl")).doesNotExist();
  }

  @Test
  void aLineOfFourKibibytesOrMoreIsDropped() {
    // A MetricLine (20 keys of at most 40 characters) stays near 1.3 KiB; only a raw map can be this large.
    Map<String, Object> huge = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      huge.put("key_number_" + i, 1.0e300);
    }
    assertThat(LocalMetricsFile.line(1, "Stop", huge).length()).isGreaterThanOrEqualTo(LocalMetricsFile.MAX_LINE_BYTES);

    assertThat(LocalMetricsFile.in(state, CLOCK).append("Stop", huge)).isFalse();
    assertThat(state.resolve("metrics.jsonl")).doesNotExist();
  }

  @Test
  void hookOutputRecordsEachPrintedMetricsObjectButNeverTheModelVisibleText() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    HookOutput out = new HookOutput(new PrintStream(stdout, true, StandardCharsets.UTF_8), err, 30001,
        LocalMetricsFile.in(state, CLOCK), "PostToolUse");

    out.emit(HookEvent.EDIT, out.metrics().put("pattern_hits", 1), null, "SECRET reminder text");

    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("SECRET reminder text");
    String local = Files.readString(state.resolve("metrics.jsonl"));
    assertThat(local).doesNotContain("SECRET").doesNotContain("additionalContext")
        .contains("\"hook\":\"PostToolUse\"").contains("\"metrics\":{\"pv\":30001,\"pattern_hits\":1}");
  }
}

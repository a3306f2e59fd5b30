package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Every metrics line the launcher prints itself is also appended to {@code <state>/metrics.jsonl} (issue 5,
 * contract 2): one object per line with ts, hook, src "launcher" and exactly the printed metrics object; mode 0600;
 * {@code SG_LOCAL_TELEMETRY=0} turns it off. Lines the JVM prints are the JVM's to record.
 */
class LocalMetricsTest {
  @TempDir Path tmp;
  Sandbox box;
  Path file;

  @BeforeEach
  void setUp() {
    box = new Sandbox(tmp);
    file = box.state.resolve("metrics.jsonl");
  }

  private List<Map<String, Object>> records() throws IOException {
    return Files.readAllLines(file).stream().map(Json::parseObject).toList();
  }

  private static Map<String, Object> printedMetrics(ProcessResult r) {
    String last = r.stdoutLines().get(r.stdoutLines().size() - 1);
    return JsonView.object(Json.parseObject(last), "metrics");
  }

  @Test
  void eachLauncherLineIsAppendedWithItsHookName() throws IOException {
    ProcessResult edit = box.run("hook", "edit");
    ProcessResult stop = box.run("hook", "stop");
    ProcessResult prompt = box.run("hook", "prompt");
    ProcessResult boot = box.run("bootstrap");

    List<Map<String, Object>> records = records();
    assertThat(records).extracting(r -> r.get("hook"))
        .containsExactly("PostToolUse", "Stop", "UserPromptSubmit", "SessionStart");
    assertThat(records).allSatisfy(r -> {
      assertThat(r).containsOnlyKeys("ts", "hook", "src", "metrics").containsEntry("src", "launcher");
      assertThat((Long) r.get("ts")).isBetween(Instant.now().getEpochSecond() - 120, Instant.now().getEpochSecond());
    });
    List<ProcessResult> runs = List.of(edit, stop, prompt, boot);
    for (int i = 0; i < runs.size(); i++) {
      assertThat(records.get(i).get("metrics")).isEqualTo(printedMetrics(runs.get(i)));
    }
    assertThat(Files.readAllLines(file)).allSatisfy(l -> assertThat(l.length()).isLessThan(4096));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void launchFailureLineIsRecordedTooButNotTheJvmsOwnLine() throws IOException {
    box.env("JAVA_HOME", box.scriptedJdk("killed", "kill -9 $$").toString());
    ProcessResult failed = box.run("bootstrap");
    assertThat(records()).singleElement().satisfies(r -> assertThat(r.get("metrics")).isEqualTo(printedMetrics(failed)));

    box.env("JAVA_HOME", box.scriptedJdk("fine", "echo '{\"metrics\":{\"pv\":1}}'").toString());
    box.run("bootstrap");
    assertThat(records()).hasSize(1);
  }

  @Test
  void localTelemetryOffWritesNothing() {
    box.env("SG_LOCAL_TELEMETRY", "0");

    box.run("hook", "edit");
    box.run("bootstrap");

    assertThat(Files.exists(file)).isFalse();
  }
}

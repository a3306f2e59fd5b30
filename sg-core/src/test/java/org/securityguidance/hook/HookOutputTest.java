package org.securityguidance.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.telemetry.SkipReason;

class HookOutputTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final HookOutput output = new HookOutput(print(out), print(err), 30000);

  private static PrintStream print(ByteArrayOutputStream b) {
    return new PrintStream(b, true, StandardCharsets.UTF_8);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void skipLineHasThePvFirst() {
    output.emitSkip(SkipReason.BAD_STDIN);
    assertThat(stdout()).isEqualTo("{\"metrics\":{\"pv\":30000,\"skipped\":true,\"skip_reason\":-2}}\n");
  }

  @Test
  void postToolUseContextGoesInHookSpecificOutputAsAscii() {
    output.emit(HookEvent.EDIT, output.metrics().put("pattern_hits", 1), null, "\u26a0\ufe0f hi");
    assertThat(stdout()).isEqualTo("{\"metrics\":{\"pv\":30000,\"pattern_hits\":1},\"hookSpecificOutput\":"
        + "{\"hookEventName\":\"PostToolUse\",\"additionalContext\":\"\\u26a0\\ufe0f hi\"}}\n");
    assertThat(err.size()).isZero();
  }

  @Test
  void commitRewakePutsTheTextOnStderrAndOnlyMetricsAndSummaryOnStdout() {
    output.emitRewake(output.metrics().put("vulns_found", 1), "Commit security review found: x in a.py", "guidance");
    Map<String, Object> line = Json.parseObject(stdout().trim());
    assertThat(line).containsOnlyKeys("metrics", "rewakeSummary");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("guidance");
    assertThatThrownBy(() -> output.emitRewake(output.metrics(), "s", "t")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commitRewakeTextIsCappedLikeContext() {
    output.emitRewake(output.metrics(), "s", "x".repeat(HookOutput.MAX_CONTEXT_CHARS + 500));
    assertThat(err.toString(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(HookOutput.MAX_CONTEXT_CHARS)
        .contains("more characters cut");
  }

  @Test
  void stopNeverUsesHookSpecificOutput() {
    output.emit(HookEvent.STOP, output.metrics(), "Background security review found: x", "body");
    Map<String, Object> line = Json.parseObject(stdout().trim());
    assertThat(line).containsOnlyKeys("metrics", "rewakeSummary", "decision", "reason");
    assertThat(line).containsEntry("decision", "block").containsEntry("reason", "body");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("body");
  }

  @Test
  void longContextIsCappedAndSaysSo() {
    String context = "x".repeat(6000) + "\n\n" + "y".repeat(6000);
    output.emit(HookEvent.EDIT, output.metrics(), null, context);
    String text = JsonView.string(JsonView.object(Json.parseObject(stdout().trim()), "hookSpecificOutput"),
        "additionalContext");
    assertThat(text).hasSizeLessThanOrEqualTo(HookOutput.MAX_CONTEXT_CHARS).startsWith("x".repeat(6000))
        .doesNotContain("yy").contains("6002 more characters cut");
  }

  @Test
  void aSystemMessageRidesWithTheMetricsOnOneLine() {
    output.emitSystemMessage(output.metrics().put("billing_notice", true), "caf\u00e9 notice");
    assertThat(stdout()).isEqualTo("{\"metrics\":{\"pv\":30000,\"billing_notice\":true},"
        + "\"systemMessage\":\"caf\\u00e9 notice\"}\n");
    assertThatThrownBy(() -> output.emitSkip(SkipReason.KILL_SWITCH)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSecondLineIsRefused() {
    output.emitSkip(SkipReason.KILL_SWITCH);
    assertThatThrownBy(() -> output.emitSkip(SkipReason.KILL_SWITCH)).isInstanceOf(IllegalStateException.class);
    assertThat(stdout().lines()).hasSize(1);
  }
}

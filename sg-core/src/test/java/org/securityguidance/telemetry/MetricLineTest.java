package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricLineTest {
  @Test
  void pvComesFirstAndOrderIsKept() {
    MetricLine line = MetricLine.withPv(30000).put("b", 1).put("a", true).skip(SkipReason.KILL_SWITCH);
    assertThat(line.asMap().keySet()).containsExactly("pv", "b", "a", "skipped", "skip_reason");
    assertThat(line.asMap().get("skip_reason")).isEqualTo(-1L);
  }

  @Test
  void unknownVersionOmitsPv() {
    assertThat(MetricLine.withPv(0).asMap()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "1a", "a-b", "a b", "pv.x", "abcdefghijabcdefghijabcdefghijabcdefghijX"})
  void rejectsKeysClaudeCodeWouldRefuse(String key) {
    assertThatThrownBy(() -> MetricLine.empty().put(key, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsTheLongestLegalKey() {
    String key = "a" + "b".repeat(39);
    assertThat(MetricLine.empty().put(key, 1).asMap()).containsKey(key);
  }

  @Test
  void rejectsNonFiniteNumbers() {
    assertThatThrownBy(() -> MetricLine.empty().put("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricLine.empty().put("x", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsOnlyTwentyKeysAndCountsTheRest() {
    MetricLine line = MetricLine.withPv(1);
    for (int i = 0; i < 25; i++) {
      line.put("k" + i, i);
    }
    assertThat(line.asMap()).hasSize(MetricLine.MAX_KEYS);
    assertThat(line.asMap()).containsKey("pv").doesNotContainKey("k19");
    assertThat(line.droppedKeys()).isEqualTo(6);
  }

  @Test
  void overwritingAKeyAtTheCapIsNotADrop() {
    MetricLine line = MetricLine.empty();
    for (int i = 0; i < 20; i++) {
      line.put("k" + i, i);
    }
    line.put("k3", 99);
    assertThat(line.asMap().get("k3")).isEqualTo(99L);
    assertThat(line.droppedKeys()).isZero();
  }
}

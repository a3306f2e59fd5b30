package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.json.Json;

/** The transport contract of {@link MetricLine}: keys, value types, the 20-key cap, priority order, strictness. */
class MetricLineTest {
  private static MetricLine lenient() {
    return new MetricLine(false);
  }

  @Test
  void importantKeysComeFirstAndTheRestKeepInsertionOrder() {
    MetricLine line = MetricLine.withPv(30000).put("b", 1).put("a", true).skip(SkipReason.KILL_SWITCH);
    assertThat(line.asMap().keySet()).containsExactly("pv", "skipped", "skip_reason", "b", "a");
    assertThat(line.asMap().get("skip_reason")).isEqualTo(-1L);
  }

  @Test
  void unknownVersionOmitsPv() {
    assertThat(MetricLine.withPv(0).asMap()).isEmpty();
  }

  @Test
  void testsRunStrictBecauseAssertionsAreOn() {
    assertThatThrownBy(() -> MetricLine.empty().put("Bad", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "1a", "a-b", "a b", "pv.x", "abcdefghijabcdefghijabcdefghijabcdefghijX"})
  void strictModeRejectsKeysClaudeCodeWouldRefuse(String key) {
    assertThatThrownBy(() -> new MetricLine(true).put(key, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "1a", "a-b", "a b", "pv.x", "abcdefghijabcdefghijabcdefghijabcdefghijX"})
  void productionModeDropsAndCountsBadKeys(String key) {
    MetricLine line = lenient().put("ok", 1).put(key, 2);
    assertThat(line.asMap()).containsOnlyKeys("ok");
    assertThat(line.droppedKeys()).isEqualTo(1);
  }

  @Test
  void nullKeyIsDroppedNotAnNpe() {
    assertThat(lenient().put(null, 1).droppedKeys()).isEqualTo(1);
  }

  @Test
  void acceptsTheLongestLegalKey() {
    String key = "a" + "b".repeat(39);
    assertThat(MetricLine.empty().put(key, 1).asMap()).containsKey(key);
  }

  @Test
  void nonFiniteNumbersAreDroppedInProductionAndThrowInStrictMode() {
    MetricLine line = lenient().put("x", Double.NaN).put("y", Double.POSITIVE_INFINITY)
        .put("z", (Object) Double.NEGATIVE_INFINITY).put("w", 0.5);
    assertThat(line.asMap()).containsExactly(Map.entry("w", 0.5));
    assertThat(line.droppedKeys()).isEqualTo(3);
    assertThatThrownBy(() -> new MetricLine(true).put("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boxedValuesAreNormalisedAndOnlyBoolIntLongDoubleAreKept() {
    MetricLine line = lenient().put("i", (Object) Integer.valueOf(7)).put("l", (Object) 8L)
        .put("b", (Object) Boolean.TRUE).put("d", (Object) 1.5).put("s", (Object) "text").put("n", (Object) null)
        .put("f", (Object) 1.5f).put("m", (Object) Map.of());
    assertThat(line.asMap()).containsExactly(Map.entry("i", 7L), Map.entry("l", 8L), Map.entry("b", true),
        Map.entry("d", 1.5));
    assertThat(line.droppedKeys()).isEqualTo(4);
  }

  @Test
  void aMapOfLongsStillGoesThroughTheMethodReference() {
    MetricLine line = MetricLine.empty();
    Map.of("candidates", 3L).forEach(line::put);
    assertThat(line.asMap()).containsExactly(Map.entry("candidates", 3L));
  }

  @Test
  void keepsOnlyTwentyKeysAndCountsTheRest() {
    MetricLine line = MetricLine.withPv(1);
    for (int i = 0; i < 25; i++) {
      line.put("k" + i, i);
    }
    assertThat(line.asMap()).hasSize(MetricLine.MAX_KEYS);
    assertThat(line.asMap()).containsKey("pv").containsKey("k18").doesNotContainKey("k19");
    assertThat(line.droppedKeys()).isEqualTo(6);
  }

  @Test
  void importantKeysAddedLastSurviveTheCapAndAnOldClientsTen() {
    MetricLine line = MetricLine.withPv(1);
    for (int i = 0; i < 30; i++) {
      line.put("k" + i, i);
    }
    line.put("http_err_last", 503).skip(SkipReason.RATE_LIMITED).put("boot", 3).put("boot_err", 16);
    List<String> keys = List.copyOf(line.asMap().keySet());
    assertThat(keys).hasSize(20);
    assertThat(keys.subList(0, 10)).startsWith("pv", "boot", "boot_err", "skipped", "skip_reason", "http_err_last");
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

  @Test
  void storageIsBoundedForRunawayCallers() {
    MetricLine line = lenient();
    for (int i = 0; i < 1000; i++) {
      line.put("k" + i, i);
    }
    line.put("skipped", true);
    assertThat(line.asMap()).hasSize(20).containsKey("skipped");
    assertThat(line.droppedKeys()).as("1001 keys offered, 20 kept").isEqualTo(1001 - 20);
  }

  @Property(tries = 300)
  void anyInputGivesOneValidLine(@ForAll @Size(max = 40) List<String> keys, @ForAll List<Double> doubles) {
    MetricLine line = lenient();
    for (int i = 0; i < keys.size(); i++) {
      line.put(keys.get(i), doubles.isEmpty() ? 1.0 : doubles.get(i % doubles.size()));
      line.put(keys.get(i) + "_s", (Object) keys.get(i));
    }
    Map<String, Object> map = line.asMap();
    assertThat(map.size()).isLessThanOrEqualTo(MetricLine.MAX_KEYS);
    map.forEach((k, v) -> {
      assertThat(MetricLine.isValidKey(k)).as(k).isTrue();
      assertThat(v).isInstanceOfAny(Boolean.class, Long.class, Double.class);
      if (v instanceof Double d) {
        assertThat(Double.isFinite(d)).isTrue();
      }
    });
    String json = Json.write(Map.of("metrics", map));
    assertThat(json).doesNotContain("\n", "\r", "NaN", "Infinity");
  }
}

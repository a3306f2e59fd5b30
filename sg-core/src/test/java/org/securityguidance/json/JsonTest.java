package org.securityguidance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
  @Test
  void parsesObjectsKeepingKeyOrder() {
    Map<String, Object> obj = Json.parseObject("{\"z\":1,\"a\":[true,false,null],\"m\":{\"k\":\"v\"}}");
    assertThat(obj.keySet()).containsExactly("z", "a", "m");
    assertThat(obj.get("z")).isEqualTo(1L);
    assertThat(JsonView.array(obj, "a")).containsExactly(true, false, Json.NULL);
    assertThat(JsonView.string(JsonView.object(obj, "m"), "k")).isEqualTo("v");
  }

  @Test
  void parsesNumbersAsLongWhenIntegralAndDoubleOtherwise() {
    assertThat(Json.parse("-42")).isEqualTo(-42L);
    assertThat(Json.parse("1.5e2")).isEqualTo(150.0);
    assertThat(Json.parse("12345678901234567890")).isInstanceOf(Double.class);
  }

  @Test
  void decodesEscapesIncludingSurrogatePairs() {
    assertThat(Json.parse("\"a\\n\\u00e9\\ud83d\\ude00\\/\"")).isEqualTo("a\né\uD83D\uDE00/");
  }

  @Test
  void writesAsciiOnlyWithEscapes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", "é⚠️\n\"q\"\u0001");
    m.put("n", 3L);
    m.put("d", 0.25);
    m.put("b", true);
    String out = Json.write(m);
    assertThat(out).isEqualTo("{\"t\":\"\\u00e9\\u26a0\\ufe0f\\n\\\"q\\\"\\u0001\",\"n\":3,\"d\":0.25,\"b\":true}");
    assertThat(out.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  @Test
  void nonFiniteNumbersBecomeNull() {
    assertThat(Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY))).isEqualTo("[null,null]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "{", "{\"a\":}", "[1,]", "{\"a\" 1}", "\"unterminated", "01", "1.",
      "-", "tru", "{\"a\":1} x", "\"\\x\"", "\"\u0001\"", "[1 2]", "{1:2}"})
  void rejectsMalformedDocuments(String text) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class);
  }

  @Test
  void rejectsNestingBeyondTheCapInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(JsonException.class).hasMessageContaining("deep");
  }

  @Test
  void parseObjectRejectsNonObjects() {
    assertThatThrownBy(() -> Json.parseObject("[1,2]")).isInstanceOf(JsonException.class);
  }

  @Test
  void errorMessagesNeverEchoTheInput() {
    assertThatThrownBy(() -> Json.parse("{\"secret\": sk-live-123}"))
        .hasMessageNotContaining("sk-live").hasMessageNotContaining("secret");
  }
}

package org.securityguidance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Json#parse(CharSequence, Set)}: same result as parsing and then removing the keys, same strictness. */
class JsonSkipKeysTest {
  private static final Set<String> SKIP = Set.of("skip", "tool_response");

  @Property(tries = 1000)
  void skippingEqualsParsingThenRemoving(@ForAll("values") Object value) {
    String text = Json.write(value);
    assertThat(Json.parse(text, SKIP)).isEqualTo(removeKeys(Json.parse(text), SKIP));
  }

  @Property(tries = 2000)
  void mutatedDocumentsAreRejectedExactlyWhenTheFullParseRejectsThem(
      @ForAll("values") Object value, @ForAll int position, @ForAll char replacement) {
    StringBuilder doc = new StringBuilder(Json.write(Map.of("skip", value, "keep", 1)));
    doc.setCharAt(Math.floorMod(position, doc.length()), replacement);
    assertThat(rejects(doc.toString(), SKIP)).as(doc.toString()).isEqualTo(rejects(doc.toString(), Set.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"skip\": [1,]}", "{\"skip\": {\"a\" 1}}", "{\"skip\": \"\\q\"}", "{\"skip\": \"\\u12g4\"}",
      "{\"skip\": \"a\tb\"}", "{\"skip\": \"open}", "{\"skip\": 01}", "{\"skip\": -}", "{\"skip\": 1.e5}",
      "{\"skip\": tru}", "{\"skip\": nul}", "{\"skip\": {1: 2}}", "{\"skip\": [}", "{\"skip\": }", "{\"skip\": 1"})
  void malformedSkippedValuesAreStillRejected(String text) {
    assertThatThrownBy(() -> Json.parse(text, SKIP)).isInstanceOf(JsonException.class);
  }

  @Test
  void skippedValuesStillCountTowardsTheDepthLimit() {
    int inner = Json.MAX_DEPTH - 1; // the enclosing object is one level
    String deep = "[".repeat(inner) + "]".repeat(inner);
    assertThat(Json.parseObject("{\"skip\": " + deep + "}", SKIP)).isEmpty();
    String tooDeep = "[" + deep + "]";
    assertThatThrownBy(() -> Json.parse("{\"skip\": " + tooDeep + "}", SKIP)).isInstanceOf(JsonException.class);
  }

  @Test
  void skipsAtEveryDepthAndKeepsOrder() {
    Map<String, Object> got = Json.parseObject(
        "{\"a\":1,\"tool_response\":{\"content\":\"x\\\"y\"},\"b\":[{\"skip\":[1,{\"c\":2}],\"d\":\"e\"}],\"c\":3}", SKIP);
    assertThat(Json.write(got)).isEqualTo("{\"a\":1,\"b\":[{\"d\":\"e\"}],\"c\":3}");
  }

  private static boolean rejects(String text, Set<String> skip) {
    try {
      Json.parse(text, skip);
      return false;
    } catch (JsonException e) {
      return true;
    }
  }

  private static Object removeKeys(Object value, Set<String> skip) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!skip.contains((String) e.getKey())) {
          out.put((String) e.getKey(), removeKeys(e.getValue(), skip));
        }
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(removeKeys(item, skip));
      }
      return out;
    }
    return value;
  }

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.recursive(this::scalars, this::containers, 4);
  }

  private Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(l -> (Object) l),
        Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(Json.NULL));
  }

  private Arbitrary<Object> containers(Arbitrary<Object> inner) {
    Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("skip", "tool_response", "keep", "a"),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<Object> list = inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> map = Arbitraries.maps(keys, inner).ofMaxSize(4)
        .map(m -> (Object) new LinkedHashMap<String, Object>(m));
    return Arbitraries.oneOf(list, map);
  }
}

package org.securityguidance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonPropertiesTest {
  @Property(tries = 500)
  void writtenValuesParseBackEqual(@ForAll("values") Object value) {
    assertThat(Json.parse(Json.write(value))).isEqualTo(value);
  }

  @Property(tries = 2000)
  void arbitraryTextEitherParsesOrFailsWithJsonException(@ForAll String text) {
    try {
      Object v = Json.parse(text);
      assertThat(Json.parse(Json.write(v))).isEqualTo(v);
    } catch (JsonException expected) {
      // the only failure the reader may raise
    }
  }

  @Property(tries = 1000)
  void mutatedValidDocumentsNeverThrowAnythingElse(
      @ForAll("values") Object value, @ForAll int position, @ForAll char replacement) {
    StringBuilder doc = new StringBuilder(Json.write(value));
    if (doc.length() > 0) {
      doc.setCharAt(Math.floorMod(position, doc.length()), replacement);
    }
    try {
      Json.parse(doc);
    } catch (JsonException expected) {
      // malformed after mutation
    }
  }

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.recursive(this::scalars, this::containers, 3);
  }

  private Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(l -> (Object) l),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(Json.NULL));
  }

  private Arbitrary<Object> containers(Arbitrary<Object> inner) {
    Arbitrary<Object> list = inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), inner).ofMaxSize(4)
        .map(m -> (Object) new LinkedHashMap<String, Object>(m));
    return Arbitraries.oneOf(list, map);
  }
}

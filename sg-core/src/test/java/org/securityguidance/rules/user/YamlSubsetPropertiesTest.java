package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.securityguidance.json.Json;

/** Random documents: junk never escapes as anything but {@link YamlException}; emitted trees read back unchanged. */
class YamlSubsetPropertiesTest {
  private static final String YAML_ALPHABET = " \t\n\r-:#'\"[]{},|>&*!?%@`~\\abcxuU019+.";

  @Property(tries = 3000)
  void junkOnlyEverRaisesYamlException(@ForAll("junk") String text) {
    parseQuietly(text);
  }

  @Property(tries = 2000)
  void mutatedValidDocumentsOnlyEverRaiseYamlException(@ForAll("documents") Map<String, Object> doc,
      @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll @IntRange(min = 0, max = 6) int cut,
      @ForAll("junk") String insert) {
    String text = YamlEmitter.emit(doc);
    int i = at % (text.length() + 1);
    String mutated = text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + cut));
    parseQuietly(mutated);
  }

  @Property(tries = 1500)
  void emittedDocumentsReadBackUnchanged(@ForAll("documents") Map<String, Object> doc) {
    assertThat(YamlSubset.parse(YamlEmitter.emit(doc))).isEqualTo(doc);
  }

  private static void parseQuietly(String text) {
    try {
      YamlSubset.parse(text);
    } catch (YamlException expected) {
      assertThat(expected.getMessage()).startsWith("line ");
    }
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(YAML_ALPHABET).ofMaxLength(120),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Provide
  Arbitrary<Map<String, Object>> documents() {
    return mapOf(node(3));
  }

  private static Arbitrary<Object> node(int depth) {
    Arbitrary<Object> scalar = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, scalars().map(s -> (Object) s)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Json.NULL)));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> list = node(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
    Arbitrary<Object> map = mapOf(node(depth - 1)).map(m -> (Object) m);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, scalar), net.jqwik.api.Tuple.of(2, list), net.jqwik.api.Tuple.of(2, map));
  }

  private static Arbitrary<Map<String, Object>> mapOf(Arbitrary<Object> values) {
    return Combinators.combine(scalars().list().uniqueElements().ofMinSize(1).ofMaxSize(4),
            values.list().ofSize(4))
        .as((keys, vals) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), vals.get(i));
          }
          return m;
        });
  }

  private static Arbitrary<String> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars("_-./ ").ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings().withChars(YAML_ALPHABET).ofMaxLength(10),
        Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.strings().alpha().withChars(" \n#").ofMinLength(1).ofMaxLength(30));
  }

  /** Sanity check of the emitter itself on a fixed tree, so a broken emitter cannot make the property vacuous. */
  @net.jqwik.api.Example
  void emitterProducesBlockStyleYaml() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("patterns", List.of(Map.of("rule_name", "x"), "plain"));
    assertThat(YamlEmitter.emit(doc)).contains(":\n").contains("- ");
    assertThat(YamlSubset.parse(YamlEmitter.emit(doc))).isEqualTo(doc);
  }
}

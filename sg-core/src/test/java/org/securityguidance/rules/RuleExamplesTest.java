package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@code match} / {@code noMatch} example that the catalog carries next to its rule. */
class RuleExamplesTest {

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (Rule r : RuleSet.builtin().rules()) {
      for (RuleExample e : ((CatalogRule) r).examples()) {
        String label = r.name() + (e.expectMatch() ? " flags " : " ignores ") + e.path() + ": " + e.note();
        out.add(Arguments.of(label, r, e));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleBehavesAsDocumented(String label, Rule rule, RuleExample example) {
    List<String> fired = RuleSet.builtin().allMatches(example.path(), example.code()).stream()
        .map(m -> m.rule().name())
        .toList();
    if (example.expectMatch()) {
      assertThat(fired).as(label).contains(rule.name());
    } else {
      assertThat(fired).as(label).doesNotContain(rule.name());
    }
  }
}

package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code match} / {@code noMatch} example that the catalog carries next to its rule. The examples come from
 * a full load (the runtime catalog skips them); the rules under test are the runtime's.
 */
class RuleExamplesTest {

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (Rule r : CatalogLoader.loadBuiltin(CatalogLoader.Validation.FULL).rules()) {
      for (RuleExample e : ((CatalogRule) r).examples()) {
        String label = r.name() + (e.expectMatch() ? " flags " : " ignores ") + e.path() + ": " + e.note();
        out.add(Arguments.of(label, r, e));
      }
    }
    return out.stream();
  }

  @Test
  void theRuntimeCatalogCarriesNoExamplesButTheFullLoadHasThemAll() {
    assertThat(RuleSet.builtin().rules()).allSatisfy(r -> assertThat(((CatalogRule) r).examples()).isEmpty());
    assertThat(examples().count()).isGreaterThanOrEqualTo(4L * RuleSet.builtin().rules().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleBehavesAsDocumented(String label, Rule fullyLoaded, RuleExample example) {
    Rule rule = RuleSet.builtin().rules().stream().filter(r -> r.id() == fullyLoaded.id()).findFirst().orElseThrow();
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

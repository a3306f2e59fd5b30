package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;

/** A runaway regex is cut off by the deadline (or the stack guard) and its rule reports nothing, counted. */
class RegexGuardTest {
  /** Exponential in java.util.regex (bounded group repetition is not memoised): 2^50 paths on 50 a's. */
  private static final String CATASTROPHIC = "(?:a|a){0,80}b";

  @Test
  void theGuardedTextThrowsOnceTheBudgetIsSpent() {
    RegexGuard guard = new RegexGuard("a".repeat(50) + "!", 20_000_000L);
    Pattern catastrophic = Pattern.compile(CATASTROPHIC);
    assertThatThrownBy(() -> guard.find(catastrophic)).isInstanceOf(RegexGuard.Timeout.class);
  }

  @Test
  void aRuleThatTimesOutReportsNoMatchAndIsCounted() {
    RuleSet set = RuleSet.of(ruleWithPattern(CATASTROPHIC, "a"), 20_000_000L);
    long before = RegexGuard.trips();
    long t0 = System.nanoTime();
    assertThat(set.allMatches("x.py", "a".repeat(50) + "!")).isEmpty();
    assertThat(RegexGuard.trips()).isGreaterThan(before);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void aStackOverflowInTheRegexEngineIsContained() {
    RuleSet set = RuleSet.of(ruleWithPattern("(?:a|b)*c", "a"), RegexGuard.DEFAULT_BUDGET_NANOS);
    long before = RegexGuard.trips();
    assertThat(set.allMatches("x.py", "ab".repeat(200_000))).isEmpty();
    assertThat(RegexGuard.trips()).isGreaterThan(before);
  }

  private static List<Rule> ruleWithPattern(String regex, String keyword) {
    Map<String, Object> c = CatalogValidationTest.minimal();
    @SuppressWarnings("unchecked")
    Map<String, Object> rule = (Map<String, Object>) ((List<Object>) c.get("rules")).get(0);
    rule.put("patterns", List.of(regex));
    rule.put("keywords", List.of(keyword));
    rule.put("files", Map.of());
    return CatalogLoader.load(Json.write(c), CatalogLoader.Validation.STRUCTURE).rules();
  }
}

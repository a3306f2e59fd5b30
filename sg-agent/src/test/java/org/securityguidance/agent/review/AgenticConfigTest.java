package org.securityguidance.agent.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.agent.loop.LoopBudget;
import org.securityguidance.sys.Env;

class AgenticConfigTest {
  @Test
  void theDefaultsAreTheSpecsWithOurTokenBudgetAndDeadline() {
    AgenticConfig c = AgenticConfig.from(new Env(Map.of()));

    assertThat(c).isEqualTo(AgenticConfig.defaults());
    assertThat(c.enabled()).isTrue();
    assertThat(c.budget().maxTurns()).isEqualTo(18);
    assertThat(c.budget().tokenBudget()).isEqualTo(600_000);
    assertThat(c.budget().deadline()).isEqualTo(Duration.ofSeconds(180));
    assertThat(c.raceDelay()).isEqualTo(Duration.ofSeconds(180));
    assertThat(c.race()).isTrue();
    assertThat(c.selfCheck()).isTrue();
    assertThat(c.excludeMedium()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "off", " OFF "})
  void theAgenticReviewCanBeSwitchedOff(String value) {
    assertThat(AgenticConfig.from(new Env(Map.of("SG_AGENTIC_COMMIT_REVIEW", value))).enabled()).isFalse();
  }

  @Test
  void everyKnobIsRead() {
    AgenticConfig c = AgenticConfig.from(new Env(Map.of("SG_AGENTIC_MAX_TURNS", "6", "SG_AGENTIC_TOKEN_BUDGET",
        "90000", "SG_AGENTIC_DEADLINE_S", "60", "SG_AGENTIC_RACE_DELAY_S", "30", "SG_AGENTIC_NO_RACE", "1",
        "SG_AGENTIC_FILTER", "none", "SG_AGENTIC_EXCLUDE_MEDIUM", "1", "SG_AGENTIC_COMMIT_REVIEW", "on")));

    assertThat(c.enabled()).isTrue();
    assertThat(c.budget().maxTurns()).isEqualTo(6);
    assertThat(c.budget().tokenBudget()).isEqualTo(90_000);
    assertThat(c.budget().deadline()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.raceDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.race()).isFalse();
    assertThat(c.selfCheck()).isFalse();
    assertThat(c.excludeMedium()).isTrue();
    assertThat(AgenticConfig.from(new Env(Map.of("SG_AGENTIC_NO_ADJUDICATE", "1"))).selfCheck()).isFalse();
  }

  @Test
  void malformedOrOutOfRangeValuesKeepTheDefaults() {
    AgenticConfig c = AgenticConfig.from(new Env(Map.of("SG_AGENTIC_MAX_TURNS", "1", "SG_AGENTIC_TOKEN_BUDGET",
        "lots", "SG_AGENTIC_DEADLINE_S", "0", "SG_AGENTIC_RACE_DELAY_S", "99999", "SG_AGENTIC_NO_RACE", "yes")));

    assertThat(c.budget()).isEqualTo(LoopBudget.defaults());
    assertThat(c.raceDelay()).isEqualTo(Duration.ofSeconds(180));
    assertThat(c.race()).isTrue();
  }

  @Test
  void theReportReserveIsASixthOfTheDeadlineAtMostThirtySeconds() {
    assertThat(LoopBudget.defaults().reportReserve()).isEqualTo(Duration.ofSeconds(30));
    assertThat(new LoopBudget(18, 1, Duration.ofSeconds(60), 1, 1).reportReserve()).isEqualTo(Duration.ofSeconds(10));
    assertThat(new LoopBudget(500, 1, null, 1, 999_999)).satisfies(b -> {
      assertThat(b.maxTurns()).isEqualTo(LoopBudget.MAX_TURNS);
      assertThat(b.deadline()).isEqualTo(LoopBudget.DEFAULT_DEADLINE);
      assertThat(b.turnMaxTokens()).isEqualTo(1_024);
      assertThat(b.reportMaxTokens()).isEqualTo(64_000);
    });
  }
}

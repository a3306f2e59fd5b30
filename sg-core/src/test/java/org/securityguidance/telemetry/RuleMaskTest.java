package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleMaskTest {
  @Test
  void matchesTheSpecExamples() {
    assertThat(new RuleMask().add(8).add(9).value()).isEqualTo(768);
    assertThat(new RuleMask().add(4).add(9).value()).isEqualTo(528);
    assertThat(new RuleMask().add(11).add(15).value()).isEqualTo(34816);
  }

  @Test
  void userRulesAndOutOfRangeIdsAddNothing() {
    assertThat(new RuleMask().add(-1).add(0).add(53).value()).isZero();
  }

  @Test
  void highestIdIsExactAsADouble() {
    long v = new RuleMask().add(RuleMask.MAX_ID).add(1).value();
    assertThat((long) (double) v).isEqualTo(v);
  }
}

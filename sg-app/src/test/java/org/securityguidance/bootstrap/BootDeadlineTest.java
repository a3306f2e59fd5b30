package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securityguidance.testkit.MutableClock;

class BootDeadlineTest {
  @Test
  void stepTimeoutsShrinkToWhatIsLeftOfTheBudget() {
    MutableClock clock = MutableClock.atSystemNow();
    BootDeadline d = BootDeadline.after(clock, BootDeadline.TOTAL);
    assertThat(d.timeoutFor(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(120));
    assertThat(d.timeoutFor(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.expired()).isFalse();
    clock.advance(Duration.ofMillis(29_500));
    assertThat(d.expired()).isTrue();
    clock.advance(Duration.ofSeconds(10));
    assertThat(d.remaining()).isEqualTo(Duration.ZERO);
    assertThat(d.timeoutFor(Duration.ofSeconds(60))).isEqualTo(Duration.ofMillis(1));
  }
}

package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.testkit.MutableClock;

class CooldownTest {
  @TempDir Path dir;

  @Test
  void activeForOneDayByMtime() {
    MutableClock clock = MutableClock.atSystemNow();
    Path marker = dir.resolve(BootStateFiles.COOLDOWN);
    assertThat(Cooldown.active(marker, clock.instant())).isFalse();
    assertThat(Cooldown.start(marker, clock.instant())).isTrue();
    clock.advance(Duration.ofSeconds(86_399));
    assertThat(Cooldown.active(marker, clock.instant())).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(Cooldown.active(marker, clock.instant())).isFalse();
    assertThat(Cooldown.start(marker, clock.instant())).isTrue();
    assertThat(Cooldown.active(marker, clock.instant())).isTrue();
  }

  @Test
  void startIsBestEffortWhenTheDirectoryIsAFile() throws Exception {
    Path notADir = Files.writeString(dir.resolve("state"), "x");
    assertThat(Cooldown.start(notADir.resolve(BootStateFiles.COOLDOWN), MutableClock.atSystemNow().instant()))
        .isFalse();
  }
}

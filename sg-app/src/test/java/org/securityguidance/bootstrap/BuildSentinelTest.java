package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.testkit.MutableClock;

class BuildSentinelTest {
  @TempDir Path dir;

  private final MutableClock clock = MutableClock.atSystemNow();

  @Test
  void theSecondAcquireLosesTheExclusiveCreate() throws IOException {
    Path file = dir.resolve(BootStateFiles.SENTINEL);
    Optional<BuildSentinel> first = BuildSentinel.acquire(file, clock.instant());
    assertThat(first).isPresent();
    assertThat(BuildSentinel.acquire(file, clock.instant())).isEmpty();
    first.get().close();
    assertThat(file).doesNotExist();
  }

  @Test
  void freshUntilThreeHundredSecondsThenStaleAndDeleted() throws IOException {
    Path file = dir.resolve(BootStateFiles.SENTINEL);
    BuildSentinel.acquire(file, clock.instant()).orElseThrow();
    clock.advance(Duration.ofSeconds(299));
    assertThat(BuildSentinel.isFresh(file, clock.instant())).isTrue();
    assertThat(BuildSentinel.deleteIfStale(file, clock.instant())).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(BuildSentinel.isFresh(file, clock.instant())).isFalse();
    assertThat(BuildSentinel.deleteIfStale(file, clock.instant())).isTrue();
    assertThat(file).doesNotExist();
  }

  @Test
  void anOwnerWhoseSentinelWasReplacedLeavesTheNewOneAlone() throws IOException {
    Path file = dir.resolve(BootStateFiles.SENTINEL);
    BuildSentinel slow = BuildSentinel.acquire(file, clock.instant()).orElseThrow();
    Files.setLastModifiedTime(file, FileTime.from(Instant.EPOCH));
    assertThat(BuildSentinel.deleteIfStale(file, clock.instant())).isTrue();
    BuildSentinel next = BuildSentinel.acquire(file, clock.instant()).orElseThrow();

    slow.close();
    assertThat(file).exists();
    next.close();
    assertThat(file).doesNotExist();
  }

  @Test
  void aSentinelWrittenByAnotherProcessIsNeverDeletedByClose() throws IOException {
    Path file = dir.resolve(BootStateFiles.SENTINEL);
    BuildSentinel mine = BuildSentinel.acquire(file, clock.instant()).orElseThrow();
    Files.writeString(file, "4242-someone-else");
    mine.close();
    assertThat(file).hasContent("4242-someone-else");
  }
}

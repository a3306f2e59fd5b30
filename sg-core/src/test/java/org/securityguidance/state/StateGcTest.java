package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateGcTest {
  @TempDir Path home;
  private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

  private Path file(Path dir, String name, Duration age) throws Exception {
    Files.createDirectories(dir);
    Path f = Files.writeString(dir.resolve(name), "{}");
    Files.setLastModifiedTime(f, FileTime.from(now.minus(age)));
    return f;
  }

  @Test
  void deletesOnlyOldSessionFiles() throws Exception {
    Path state = home.resolve(".claude/security");
    Path oldJson = file(state, "security_warnings_state_a.json", Duration.ofDays(31));
    Path oldLock = file(state, "security_warnings_state_a.lock", Duration.ofDays(40));
    Path fresh = file(state, "security_warnings_state_b.json", Duration.ofDays(29));
    Path log = file(state, "log.txt", Duration.ofDays(400));
    Path legacyLock = file(home.resolve(".claude"), "security_warnings_state_x.lock", Duration.ofDays(31));
    Path legacyJson = file(home.resolve(".claude"), "security_warnings_state_x.json", Duration.ofDays(31));

    assertThat(StateGc.maybeCollect(0.05, state, home, now)).isEqualTo(3);
    assertThat(oldJson).doesNotExist();
    assertThat(oldLock).doesNotExist();
    assertThat(legacyLock).doesNotExist();
    assertThat(fresh).exists();
    assertThat(log).exists();
    assertThat(legacyJson).exists();
  }

  @Test
  void runsOnlyOnTheUnluckyTenPercent() throws Exception {
    Path state = home.resolve("s");
    Path old = file(state, "security_warnings_state_a.json", Duration.ofDays(90));
    assertThat(StateGc.maybeCollect(0.1, state, home, now)).isZero();
    assertThat(old).exists();
  }

  @Test
  void aMissingDirIsNotAnError() {
    assertThat(StateGc.maybeCollect(0.0, home.resolve("nope"), home.resolve("nohome"), now)).isZero();
  }
}

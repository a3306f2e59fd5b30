package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DebugLogTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T08:09:10.042Z"), ZoneOffset.UTC);

  @Test
  void writesTimestampedSingleLines() throws Exception {
    Path file = dir.resolve("a/b/log.txt");
    DebugLog log = DebugLog.to(file, clock);
    log.log("first");
    log.log("evil\npath\r[2026-01-01] forged");
    assertThat(Files.readString(file)).isEqualTo(
        "[2026-11-25 08:09:10.042] first\n[2026-11-25 08:09:10.042] evil\\npath\\r[2026-01-01] forged\n");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void directoryAndFileArePrivate() throws Exception {
    Path file = dir.resolve("new/log.txt");
    DebugLog.to(file, clock).log("x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void rotatesPastOneMebibyte() throws Exception {
    Path file = dir.resolve("log.txt");
    byte[] old = new byte[1_048_577];
    Files.write(file, old);
    DebugLog.to(file, clock).log("new line");
    assertThat(Files.size(dir.resolve("log.txt.1"))).isEqualTo(1_048_577);
    assertThat(Files.readString(file)).isEqualTo("[2026-11-25 08:09:10.042] new line\n");
  }

  @Test
  void exactlyOneMebibyteIsNotRotated() throws Exception {
    Path file = dir.resolve("log.txt");
    Files.write(file, new byte[1_048_576]);
    DebugLog.to(file, clock).log("x");
    assertThat(dir.resolve("log.txt.1")).doesNotExist();
  }

  @Test
  void anUnwritableTargetIsSilentlyIgnored() throws Exception {
    Path blocker = Files.writeString(dir.resolve("f"), "x");
    DebugLog.to(blocker.resolve("log.txt"), clock).log("never throws");
    DebugLog.discard().log("nothing");
    assertThat(blocker).hasContent("x");
  }
}

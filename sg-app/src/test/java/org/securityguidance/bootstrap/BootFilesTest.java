package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rescue hand-over file and the doctor status file. */
class BootFilesTest {
  @TempDir Path dir;

  @Test
  void aRecordedRescueOutcomeIsTakenOnce() {
    assertThat(RescueResult.take(dir)).isNull();
    assertThat(RescueResult.record(dir, 2)).isTrue();
    assertThat(RescueResult.take(dir)).isEqualTo(2);
    assertThat(dir.resolve(BootStateFiles.LAST)).doesNotExist();
    assertThat(RescueResult.take(dir)).isNull();
  }

  @Test
  void aGarbledLastFileIsDroppedNotEmitted() throws IOException {
    Files.writeString(dir.resolve(BootStateFiles.LAST), "two\n");
    assertThat(RescueResult.take(dir)).isNull();
    assertThat(dir.resolve(BootStateFiles.LAST)).doesNotExist();
  }

  @Test
  void theStatusFileRoundTripsEveryContractKey() throws IOException {
    BootStatus s = new BootStatus(1_700_000_000L, "rescue", 3, 9, 16, 0, 0, 137, 1700, 1, "", 61_000);
    assertThat(s.writeTo(dir)).isTrue();
    Map<String, String> read = BootStatus.read(dir).orElseThrow();
    assertThat(read).containsExactly(Map.entry("ts", "1700000000"), Map.entry("run", "rescue"),
        Map.entry("outcome", "3"), Map.entry("phase", "9"), Map.entry("err", "16"), Map.entry("exc", "0"),
        Map.entry("errno", "0"), Map.entry("rc", "137"), Map.entry("jre", "1700"), Map.entry("cache_mode", "1"),
        Map.entry("archive", ""), Map.entry("ms", "61000"));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(BootStateFiles.STATUS));
    }
  }

  @Test
  void statusWriteIsBestEffortInAMissingDirectory() {
    assertThat(new BootStatus(1, "session", 0, 0, 0, 0, 0, 0, 1700, 0, "", 1).writeTo(dir.resolve("gone")))
        .isFalse();
    assertThat(BootStatus.read(dir.resolve("gone"))).isEmpty();
  }

  @Test
  void anOversizedStatusFileIsNotReadAtAll() throws IOException {
    Files.writeString(dir.resolve(BootStateFiles.STATUS), "outcome=1\n" + "x".repeat(9000) + "\n");
    assertThat(BootStatus.read(dir)).isEmpty();
    Files.writeString(dir.resolve(BootStateFiles.STATUS), " outcome = 1 \nnoise\n");
    assertThat(BootStatus.read(dir).orElseThrow()).containsExactly(Map.entry("outcome", "1"));
  }
}

package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-rolled timestamp agrees with java.time's formatter, which the hook path no longer loads. */
class DebugLogStampTest {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  @Property
  void agreesWithJavaTime(@ForAll @LongRange(min = -2_208_988_800_000L, max = 7_258_118_400_000L) long millis,
      @ForAll @IntRange(min = -14 * 3600, max = 14 * 3600) int offsetSeconds) {
    String expected = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.ofTotalSeconds(offsetSeconds))
        .format(STAMP);
    assertThat(DebugLog.stamp(millis, offsetSeconds * 1000L)).isEqualTo(expected);
  }

  @Test
  void leapDaysAndYearEnds() {
    assertThat(DebugLog.stamp(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(), 0))
        .isEqualTo("2024-02-29 23:59:59.999");
    assertThat(DebugLog.stamp(Instant.parse("2000-12-31T23:00:00Z").toEpochMilli(), 3_600_000))
        .isEqualTo("2001-01-01 00:00:00.000");
    assertThat(DebugLog.stamp(0, -1)).isEqualTo("1969-12-31 23:59:59.999");
  }

  @Test
  void defaultZoneOffsetMatchesZoneRules() {
    ZoneId zone = ZoneId.systemDefault();
    for (long millis = 0; millis < 4_102_444_800_000L; millis += 86_399_999L * 37) {
      String expected = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone).format(STAMP);
      assertThat(DebugLog.stamp(millis, TimeZone.getDefault().getOffset(millis))).isEqualTo(expected);
    }
  }

  @Test
  void systemClockLogWritesTheSameLineShape(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("log.txt");
    DebugLog.to(file).log("hello");
    assertThat(Files.readString(file))
        .matches(Pattern.compile("\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\] hello\n"));
  }
}

package org.securityguidance.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionCodeTest {
  @ParameterizedTest
  @CsvSource({
    "3.0.0, 30000", "2.0.7, 20007", "3.1.12, 30112", "10.2.3.4, 100203", "'', 0", "3.0, 0", "3.x.0, 0",
    "3.0.0-SNAPSHOT, 0", "-1.0.0, 0", "' 3.0.1 ', 30001"
  })
  void encodesMajorMinorPatch(String version, long expected) {
    assertThat(VersionCode.encode(version)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void nullIsZero() {
    assertThat(VersionCode.encode(null)).isZero();
  }
}

package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outside the shaded jar (no manifest version) the filtered resource answers; the jar case is in sg-it. */
class VersionTest {
  @Test
  void devRunsFallBackToTheFilteredResource() {
    assertThat(Version.fromResource()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(Version.current()).isEqualTo(Version.fromResource());
  }
}

package org.securityguidance.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionKeyTest {
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
    "NULL, ../../etc, .._.._etc",
    "NULL, a b:c, a_b_c",
    "NULL, '', default",
    "NULL, NULL, default",
    "remote-1, s1, remote-1",
    "'', s1, s1",
    "NULL, x\uD83D\uDE00y, x_y"
  })
  void sanitisesAndPrefersTheRemoteId(String remote, String session, String expected) {
    assertThat(SessionKey.of(remote, session)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void truncatesTo128Characters() {
    assertThat(SessionKey.of(null, "a".repeat(300))).hasSize(SessionKey.MAX_LENGTH);
  }
}

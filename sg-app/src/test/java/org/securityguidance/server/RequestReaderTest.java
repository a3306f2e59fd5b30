package org.securityguidance.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The header escaping and name rules of the line protocol. */
class RequestReaderTest {
  @Test
  void unescapeReversesTheClientsEscaping() {
    for (String v : new String[] {"plain", "a\\b", "two\nlines", "\\n literal", "end\\", "\\\\\n\n"}) {
      assertThat(RequestReader.unescape(TestClient.escape(v))).isEqualTo(v);
    }
  }

  @Test
  void variableNamesAreShellNames() {
    assertThat(RequestReader.validName("SG_DISABLE_RULES")).isTrue();
    assertThat(RequestReader.validName("lower_ok1")).isTrue();
    assertThat(RequestReader.validName("1X")).isFalse();
    assertThat(RequestReader.validName("A-B")).isFalse();
    assertThat(RequestReader.validName("")).isFalse();
    assertThat(RequestReader.validName("X".repeat(129))).isFalse();
  }
}

package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §4.3 V-HDR test vectors, plus the never-log-a-value rule. */
class CustomHeadersTest {
  private final List<String> log = new ArrayList<>();

  private List<List<String>> parse(String raw) {
    return CustomHeaders.parse(raw, log::add).stream().map(h -> List.of(h.name(), h.value())).toList();
  }

  @Test
  void firstVectorKeepsTrimmedPairsAndEmptyValues() {
    assertThat(parse("x-litellm-api-key: Bearer sk-1\r\nX-Tenant:  acme:eu \nno colon here\n: no name\n\nX-Empty:"))
        .containsExactly(List.of("x-litellm-api-key", "Bearer sk-1"), List.of("X-Tenant", "acme:eu"),
            List.of("X-Empty", ""));
  }

  @Test
  void secondVectorRejectsBadNamesNonLatin1AndCarriageReturns() {
    assertThat(parse("bad name: x\nX-Ok: 1\nX-Uni: caf\u00e9\u2603\nX-Cr: a\rb")).containsExactly(List.of("X-Ok", "1"));
    assertThat(log).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("caf").doesNotContain("a\rb"));
    assertThat(log.get(0)).contains("line 1");
  }

  @Test
  void latin1ValuesAreAccepted() {
    assertThat(parse("X-Name: caf\u00e9")).containsExactly(List.of("X-Name", "caf\u00e9"));
  }

  @Test
  void unsetOrEmptyMeansNoHeaders() {
    assertThat(parse(null)).isEmpty();
    assertThat(parse("")).isEmpty();
  }

  @Test
  void toStringHidesTheValue() {
    CustomHeaders.Header h = new CustomHeaders.Header("X-Key", "sk-secret-123");
    assertThat(h.toString()).contains("X-Key").doesNotContain("sk-secret");
    assertThat(h.key()).isEqualTo("x-key");
  }

  @Test
  void hugeInputIsBounded() {
    String big = "X-A: 1\n" + "x".repeat(CustomHeaders.MAX_INPUT_CHARS * 2);
    assertThat(parse(big)).containsExactly(List.of("X-A", "1"));
  }
}

package org.securityguidance.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.telemetry.MetricLine;

class UsageSummaryTest {
  @Test
  void addsUpReviewsFindingsTokensAndCost() {
    UsageEntry unavailable = new UsageEntry(3, ReviewLayer.CLI_REVIEW, ReviewOutcome.UNAVAILABLE,
        new ReviewUsage(List.of(), 0, 0, 0, 0, 0, 0, 2, 503), 0, 4, 0, 900, 4);
    UsageSummary s = UsageSummary.of(7, List.of(
        UsageLogTest.entry(1, ReviewOutcome.FINDINGS, "claude-opus-4-7"),
        UsageLogTest.entry(2, ReviewOutcome.CLEAN, "claude-opus-4-7", "claude-sonnet-4-6"),
        unavailable));
    assertThat(s.reviews()).isEqualTo(3);
    assertThat(s.findings()).isEqualTo(4);
    assertThat(s.inputTokens()).isEqualTo(2000);
    assertThat(s.costUsd()).isEqualTo(0.025);
    assertThat(s.toText()).isEqualTo("""
        security-guidance usage, last 7 days
          reviews    3 (findings 1, clean 1, unavailable 1)
          findings   4
          tokens     input 2,000, output 400, cache read 100, cache write 20
          api calls  2
          est. cost  $0.0250
          files sent 10
          avg time   1300 ms per review
          by layer   stop_review 2, cli_review 1
          by model   claude-opus-4-7 2, claude-sonnet-4-6 1
        """);
    assertThat(Json.write(s.toJson())).isEqualTo("{\"days\":7,\"reviews\":3,\"outcomes\":{\"findings\":1,"
        + "\"clean\":1,\"unavailable\":1},\"layers\":{\"stop_review\":2,\"cli_review\":1},\"models\":{"
        + "\"claude-opus-4-7\":2,\"claude-sonnet-4-6\":1},\"findings\":4,\"input_tokens\":2000,\"output_tokens\":400,"
        + "\"cache_read_tokens\":100,\"cache_write_tokens\":20,\"api_calls\":2,\"estimated_cost_usd\":0.025,"
        + "\"files_sent\":10,\"review_ms\":3900}");
  }

  @Test
  void anEmptyWindowSaysSo() {
    assertThat(UsageSummary.of(1, List.of()).toText())
        .isEqualTo("security-guidance usage, last 1 day\n  no reviews recorded\n");
  }

  @Test
  void usageKeysFollowPvAndTheFailureKeysAndAppearOnlyWhenSomethingHappened() {
    assertThat(ReviewUsage.NONE.addTo(MetricLine.withPv(30000)).asMap()).containsOnlyKeys("pv");
    ReviewUsage u = new ReviewUsage(List.of("m", "m"), 10, 2, 0, 0, 1, 0.12345678, 1, 429);
    assertThat(u.models()).containsExactly("m");
    assertThat(String.join(",", u.addTo(MetricLine.withPv(30000)).asMap().keySet()))
        .as("MetricLine.PRIORITY puts the API failure ahead of the usage block")
        .isEqualTo("pv,http_err_last,http_err_count,tok_in,tok_out,tok_cache_r,tok_cache_w,cost_usd,api_calls");
    assertThat(u.roundedCost()).isEqualTo(0.123457);
    assertThat(u.plus(u).apiCalls()).isEqualTo(2);
  }
}

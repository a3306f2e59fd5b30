package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/** Token and cost accounting (spec §9.2) and the metric keys it emits (§9.1). */
class UsageMeterTest {
  @Test
  void emptyMeterEmitsNoKeys() {
    assertThat(new UsageMeter().toMetrics()).isEmpty();
  }

  @Test
  void priceTableByLongestPrefix() {
    assertThat(PriceTable.priceFor("claude-opus-4-7")).isEqualTo(new PriceTable.Price(5, 25));
    assertThat(PriceTable.priceFor("claude-opus-4-6-20260101")).isEqualTo(new PriceTable.Price(15, 75));
    assertThat(PriceTable.priceFor("claude-opus-5-5")).isEqualTo(new PriceTable.Price(5, 25));
    assertThat(PriceTable.priceFor("us.anthropic.claude-haiku-4-5-v1:0")).isEqualTo(new PriceTable.Price(1, 5));
    assertThat(PriceTable.priceFor("CLAUDE-SONNET-5")).isEqualTo(new PriceTable.Price(3, 15));
    assertThat(PriceTable.priceFor("gpt-x")).isEqualTo(PriceTable.UNKNOWN);
    assertThat(PriceTable.priceFor(null)).isEqualTo(PriceTable.UNKNOWN);
  }

  @Test
  void costIncludesCacheReadsAndWrites() {
    // 1M in at $5, 1M out at $25, 1M cache read at $0.5, 1M cache write at $6.25 = $36.75
    assertThat(PriceTable.cost("claude-opus-5", new Usage(1_000_000, 1_000_000, 1_000_000, 1_000_000)))
        .isCloseTo(36.75, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void metricsInOrderWithRoundedCost() {
    UsageMeter meter = new UsageMeter();
    meter.recordCall("claude-opus-5-5", new Usage(1234, 567, 89, 10), null);
    meter.record(new MessagesResponse("end_turn", List.of(), new Usage(1, 2, 0, 0), "", 0.0123456789), "opus");
    meter.recordError(429);
    meter.recordError(0);
    Map<String, Object> m = meter.toMetrics();
    assertThat(m.keySet()).containsExactly("tok_in", "tok_out", "tok_cache_r", "tok_cache_w", "cost_usd",
        "api_calls", "http_err_last", "http_err_count");
    assertThat(m).containsEntry("tok_in", 1235L).containsEntry("tok_out", 569L).containsEntry("tok_cache_r", 89L)
        .containsEntry("tok_cache_w", 10L).containsEntry("api_calls", 2L).containsEntry("http_err_last", -1L)
        .containsEntry("http_err_count", 2L);
    double expected = (1234 * 5 + 567 * 25 + 89 * 0.5 + 10 * 6.25) / 1e6 + 0.0123456789;
    assertThat((Double) m.get("cost_usd")).isEqualTo(Math.round(expected * 1e6) / 1e6);
    UsageMeter.Snapshot s = meter.snapshot();
    assertThat(s.modelIds()).containsExactly("claude-opus-5-5", "opus");
    assertThat(s.costSources()).containsExactly("plugin_price_table", "sdk_reported");
    assertThat(m.values()).allSatisfy(v -> assertThat(v).isInstanceOf(Number.class));
  }

  @Test
  void errorsOnlyEmitErrorKeys() {
    UsageMeter meter = new UsageMeter();
    meter.recordError(503);
    assertThat(meter.toMetrics()).containsExactly(Map.entry("http_err_last", 503L), Map.entry("http_err_count", 1L));
  }

  @Test
  void concurrentRecordingLosesNothing() throws Exception {
    UsageMeter meter = new UsageMeter();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          meter.recordCall("claude-sonnet-5", new Usage(1, 1, 0, 0), null);
          meter.recordError(500);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(meter.snapshot().apiCalls()).isEqualTo(4000);
    assertThat(meter.snapshot().tokens().inputTokens()).isEqualTo(4000);
    assertThat(meter.snapshot().httpErrorCount()).isEqualTo(4000);
  }

  @Test
  void meteredClientRecordsSuccessesAndFinalFailures() throws Exception {
    UsageMeter meter = new UsageMeter();
    List<Object> script = new ArrayList<>(List.of(
        new MessagesResponse("end_turn", List.of(), new Usage(10, 5, 0, 0), "claude-opus-5-5"),
        new ReviewUnavailable(Reason.NETWORK, -1, "x"),
        new ReviewUnavailable(Reason.REFUSAL, 200, "x"),
        new ReviewUnavailable(Reason.NO_CREDENTIALS, -1, "x"),
        new ReviewUnavailable(Reason.SERVER_ERROR, 529, "x")));
    MessagesClient scripted = request -> {
      Object next = script.remove(0);
      if (next instanceof ReviewUnavailable e) {
        throw e;
      }
      return (MessagesResponse) next;
    };
    MessagesClient metered = new MeteredMessagesClient(scripted, meter);
    metered.send(TestClients.request("claude-opus-5-5"));
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> metered.send(TestClients.request("m"))).isInstanceOf(ReviewUnavailable.class);
    }
    assertThat(meter.toMetrics()).containsEntry("api_calls", 1L).containsEntry("tok_in", 10L)
        .containsEntry("http_err_count", 2L).containsEntry("http_err_last", 529L);
  }
}

package org.securityguidance.review.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;

/** The fake server plays scripted replies in order, records requests, drops and truncates on demand. */
class FakeMessagesServerTest {
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> post(FakeMessagesServer server, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
        .header("X-Probe", "one").header("content-type", "application/json")
        .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void playsQueuedRepliesInOrderThenTheFallback() throws Exception {
    try (FakeMessagesServer server = FakeMessagesServer.start()) {
      assertThat(server.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
      server.enqueue(FakeReply.error(429, "rate_limit_error").withHeader("retry-after", "7"),
          FakeReply.messageWithJson(Map.of("ok", true)));
      HttpResponse<String> first = post(server, "{\"n\":1}");
      HttpResponse<String> second = post(server, "{\"n\":2}");
      HttpResponse<String> third = post(server, "{\"n\":3}");

      assertThat(first.statusCode()).isEqualTo(429);
      assertThat(first.headers().firstValue("retry-after")).hasValue("7");
      assertThat(second.statusCode()).isEqualTo(200);
      Map<String, Object> reply = Json.parseObject(second.body());
      assertThat(reply.get("stop_reason")).isEqualTo("end_turn");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> content = (List<Map<String, Object>>) reply.get("content");
      assertThat(Json.parseObject((String) content.get(0).get("text"))).containsEntry("ok", true);
      assertThat(third.statusCode()).isEqualTo(500);
      assertThat(third.body()).contains("unscripted_request");

      assertThat(server.requestCount()).isEqualTo(3);
      RecordedRequest recorded = server.requests().get(1);
      assertThat(recorded.method()).isEqualTo("POST");
      assertThat(recorded.path()).isEqualTo("/v1/messages");
      assertThat(recorded.header("x-probe")).isEqualTo("one");
      assertThat(recorded.headers()).containsEntry("x-probe", "one");
      assertThat(recorded.json()).containsEntry("n", 2L);
    }
  }

  @Test
  void functionRepliesSeeTheRequest() throws Exception {
    try (FakeMessagesServer server = FakeMessagesServer.start()) {
      server.respondWith(r -> FakeReply.json(201, "{\"echo\":" + r.body() + "}"));
      HttpResponse<String> response = post(server, "{\"a\":1}");
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body()).isEqualTo("{\"echo\":{\"a\":1}}");
    }
  }

  @Test
  void dropAndTruncationFailTheClient() throws Exception {
    try (FakeMessagesServer server = FakeMessagesServer.start()) {
      server.enqueue(FakeReply.drop(), FakeReply.messageWithJson("{}").truncatedAt(10));
      assertThatThrownBy(() -> post(server, "{}")).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> post(server, "{}")).isInstanceOf(IOException.class);
      assertThat(server.requestCount()).isEqualTo(2);
      assertThat(server.pendingReplies()).isZero();
    }
  }

  @Test
  void delayedRepliesArriveLate() throws Exception {
    try (FakeMessagesServer server = FakeMessagesServer.start()) {
      server.enqueue(FakeReply.messageWithJson("{}").delayed(300));
      long start = System.nanoTime();
      assertThat(post(server, "{}").statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }
  }

  @Test
  void refusalHelperCarriesTheStopReason() throws Exception {
    try (FakeMessagesServer server = FakeMessagesServer.start()) {
      server.enqueue(FakeReply.refusal());
      Map<String, Object> body = Json.parseObject(post(server, "{}").body());
      assertThat(body).containsEntry("stop_reason", "refusal").containsKey("stop_details");
    }
  }
}

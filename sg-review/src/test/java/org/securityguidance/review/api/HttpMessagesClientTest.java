package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TestClients.LogSink;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;
import org.securityguidance.sys.Deadline;

/** The direct client against a real loopback server: golden headers and body, and every single-attempt outcome. */
class HttpMessagesClientTest {
  private static final Set<String> TRANSPORT_HEADERS = Set.of("host", "content-length", "connection", "upgrade",
      "http2-settings");
  private final FakeMessagesServer server = FakeMessagesServer.start();
  private final LogSink log = new LogSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpMessagesClient client(CredentialSelector creds) {
    return TestClients.client(server.baseUrl(), creds, Duration.ofSeconds(10), log);
  }

  private static Set<String> pluginHeaders(RecordedRequest r) {
    Set<String> names = new TreeSet<>(r.headers().keySet());
    names.removeAll(TRANSPORT_HEADERS);
    return names;
  }

  @Test
  void goldenRequestWithApiKey() throws Exception {
    server.enqueue(FakeReply.messageWithJson(Map.of("findings", List.of())));
    MessagesResponse response = client(new CredentialSelector("sk-key-111", null))
        .send(TestClients.request("claude-opus-5-5"));

    assertThat(response.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(response.usage()).isEqualTo(new Usage(100, 50, 0, 0));
    assertThat(response.model()).isEqualTo("claude-opus-5-5");
    RecordedRequest r = server.lastRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/messages");
    assertThat(pluginHeaders(r)).containsExactly("anthropic-beta", "anthropic-version", "content-type",
        "user-agent", "x-api-key");
    assertThat(r.header("x-api-key")).isEqualTo("sk-key-111");
    assertThat(r.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(r.header("anthropic-beta")).isEqualTo("structured-outputs-2025-11-13");
    assertThat(r.header("content-type")).isEqualTo("application/json");
    assertThat(r.header("user-agent")).isEqualTo("security-guidance/3.0.0 (java)");
    assertThat(r.body()).isEqualTo("{\"model\":\"claude-opus-5-5\",\"max_tokens\":16000,"
        + "\"system\":\"You are a Claude agent, built on Anthropic's Claude Agent SDK.\","
        + "\"messages\":[{\"role\":\"user\",\"content\":\"review PROMPT-MARKER\"}],"
        + "\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":" + schemaJson() + "},"
        + "\"effort\":\"high\"},\"thinking\":{\"type\":\"adaptive\"}}");
    assertThat(log.all()).doesNotContain("sk-key-111").doesNotContain("PROMPT-MARKER").contains("status=200");
  }

  private static String schemaJson() {
    return org.securityguidance.json.Json.write(TestClients.SCHEMA);
  }

  @Test
  void subscriptionTokenUsesBearerAndTheOauthBeta() throws Exception {
    server.enqueue(FakeReply.messageWithJson("{}"));
    client(new CredentialSelector(null, "tok-222")).send(TestClients.request("claude-opus-5-5"));
    RecordedRequest r = server.lastRequest();
    assertThat(pluginHeaders(r)).containsExactly("anthropic-beta", "anthropic-version", "authorization",
        "content-type", "user-agent");
    assertThat(r.header("authorization")).isEqualTo("Bearer tok-222");
    assertThat(r.header("anthropic-beta")).isEqualTo("structured-outputs-2025-11-13,oauth-2025-04-20");
    assertThat(log.all()).doesNotContain("tok-222");
  }

  @Test
  void legacyModelsGetABudgetAndNoEffort() throws Exception {
    for (String model : List.of("claude-sonnet-4-5", "us.anthropic.claude-opus-4-1-20250805-v1:0",
        "claude-haiku-4-5@20251001")) {
      server.enqueue(FakeReply.messageWithJson("{}"));
      client(new CredentialSelector("k", null)).send(TestClients.request(model));
      Map<String, Object> body = server.lastRequest().json();
      assertThat(body.get("thinking")).as(model).isEqualTo(Map.of("type", "enabled", "budget_tokens", 10000L));
      @SuppressWarnings("unchecked")
      Map<String, Object> outputConfig = (Map<String, Object>) body.get("output_config");
      assertThat(outputConfig).as(model).containsOnlyKeys("format");
      assertThat(body).doesNotContainKeys("output_format", "temperature", "top_p", "stream", "metadata");
    }
  }

  @Test
  void adaptiveForCurrentAndUnknownModels() throws Exception {
    for (String model : List.of("claude-opus-4-7", "claude-sonnet-4-6", "claude-opus-5", "claude-future-9")) {
      server.enqueue(FakeReply.messageWithJson("{}"));
      client(new CredentialSelector("k", null)).send(TestClients.request(model));
      Map<String, Object> body = server.lastRequest().json();
      assertThat(body.get("thinking")).as(model).isEqualTo(Map.of("type", "adaptive"));
      @SuppressWarnings("unchecked")
      Map<String, Object> outputConfig = (Map<String, Object>) body.get("output_config");
      assertThat(outputConfig).containsEntry("effort", "high").containsKey("format");
    }
  }

  @Test
  void customHeadersReplacePluginHeadersCaseInsensitively() throws Exception {
    server.enqueue(FakeReply.messageWithJson("{}"));
    List<CustomHeaders.Header> custom = CustomHeaders.parse(
        "X-API-KEY: gw-override-333\nX-Tenant: acme\nanthropic-beta: evil-beta\nHost: elsewhere\nUser-Agent: mine/1",
        log);
    new HttpMessagesClient(TestClients.http(), TestClients.endpoint(server.baseUrl(), custom),
        new CredentialSelector("sk-original", null), Duration.ofSeconds(10),
        Deadline.after(Clock.systemUTC(), Duration.ofMinutes(1)), log).send(TestClients.request("claude-opus-5-5"));
    RecordedRequest r = server.lastRequest();
    assertThat(r.header("x-api-key")).isEqualTo("gw-override-333");
    assertThat(r.header("x-tenant")).isEqualTo("acme");
    assertThat(r.header("anthropic-beta")).isEqualTo("structured-outputs-2025-11-13");
    assertThat(r.header("user-agent")).isEqualTo("mine/1");
    assertThat(r.header("host")).startsWith("127.0.0.1:");
    assertThat(log.all()).doesNotContain("gw-override-333", "sk-original", "acme", "evil-beta", "elsewhere");
  }

  @Test
  void statusesMapToReasons() {
    Object[][] cases = {{401, Reason.AUTH}, {403, Reason.AUTH}, {404, Reason.MODEL_NOT_FOUND},
        {429, Reason.RATE_LIMITED}, {500, Reason.SERVER_ERROR}, {529, Reason.SERVER_ERROR},
        {400, Reason.CLIENT_ERROR}, {413, Reason.CLIENT_ERROR}};
    for (Object[] c : cases) {
      int status = (int) c[0];
      server.enqueue(FakeReply.error(status, "some_error_type"));
      assertThatThrownBy(() -> client(new CredentialSelector("k", null)).send(TestClients.request("m")))
          .isInstanceOfSatisfying(ReviewUnavailable.class, e -> {
            assertThat(e.reason()).as("status " + status).isEqualTo(c[1]);
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.getMessage()).contains("some_error_type").doesNotContain("scripted");
          });
    }
  }

  @Test
  void retryAfterIsParsed() {
    server.enqueue(FakeReply.error(429, "rate_limit_error").withHeader("retry-after", "7"));
    assertThatThrownBy(() -> client(new CredentialSelector("k", null)).send(TestClients.request("m")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.retryAfterMillis()).isEqualTo(7000));
  }

  @Test
  void refusalIsNeverAnAnswer() {
    server.enqueue(FakeReply.refusal());
    assertUnavailable(Reason.REFUSAL, 200);
  }

  @Test
  void malformedTruncatedAndEmptyBodiesAreBadResponses() {
    server.enqueue(FakeReply.json(200, "{\"content\": ["),
        FakeReply.messageWithJson("{\"findings\":[]}").truncatedAt(40),
        FakeReply.message("end_turn", List.of(), FakeReply.usage(1, 1, 0, 0)),
        FakeReply.messageWithJson("not json at all"),
        FakeReply.raw(200, "application/json", new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}),
        FakeReply.message("max_tokens", List.of(FakeReply.textBlock("{\"findings\":[")), FakeReply.usage(1, 1, 0, 0)));
    for (int i = 0; i < 6; i++) {
      assertUnavailable(Reason.BAD_RESPONSE, 200);
    }
  }

  @Test
  void droppedConnectionIsANetworkFailure() {
    server.enqueue(FakeReply.drop());
    assertUnavailable(Reason.NETWORK, -1);
  }

  @Test
  void slowServerTimesOut() {
    server.enqueue(FakeReply.messageWithJson("{}").delayed(3000));
    HttpMessagesClient client = TestClients.client(server.baseUrl(), new CredentialSelector("k", null),
        Duration.ofMillis(300), log);
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.send(TestClients.request("m")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void oversizedBodiesAreCut() {
    byte[] huge = new byte[HttpMessagesClient.MAX_RESPONSE_BYTES + 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    server.enqueue(FakeReply.raw(200, "application/json", huge));
    assertUnavailable(Reason.BAD_RESPONSE, 200);
  }

  @Test
  void noCredentialsSendsNothing() {
    assertUnavailable(Reason.NO_CREDENTIALS, -1, new CredentialSelector(null, null));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void unreachableServerIsANetworkFailure() {
    server.close();
    assertUnavailable(Reason.NETWORK, -1);
  }

  @Test
  void nonAsciiPromptsTravelEscaped() throws Exception {
    server.enqueue(FakeReply.messageWithJson("{}"));
    MessagesRequest request = new MessagesRequest("m", 100, null,
        List.of(Map.of("role", "user", "content", "caf\u00e9 \u2603")), null, null);
    client(new CredentialSelector("k", null)).send(request);
    String raw = server.lastRequest().body();
    assertThat(raw.getBytes(StandardCharsets.UTF_8)).hasSize(raw.length());
    assertThat(server.lastRequest().json()).doesNotContainKey("system")
        .containsEntry("output_config", Map.of("effort", "high"));
  }

  private void assertUnavailable(Reason reason, int status) {
    assertUnavailable(reason, status, new CredentialSelector("k", null));
  }

  private void assertUnavailable(Reason reason, int status, CredentialSelector creds) {
    assertThatThrownBy(() -> client(creds).send(TestClients.request("m")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.httpStatus()).isEqualTo(status);
        });
  }
}

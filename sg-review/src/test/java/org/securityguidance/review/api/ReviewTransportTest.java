package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TestClients.LogSink;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/** The assembled transport, from environment variables to requests on the wire and numbers in the meter. */
class ReviewTransportTest {
  private final FakeMessagesServer server = FakeMessagesServer.start();
  private final FakeTime time = new FakeTime();
  private final LogSink log = new LogSink();
  private final UsageMeter meter = new UsageMeter();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  private ReviewTransport transport(Map<String, String> vars, List<Path> cliCandidates) {
    Map<String, String> env = new HashMap<>(vars);
    env.putIfAbsent("ANTHROPIC_BASE_URL", server.baseUrl() + "/");
    TransportConfig c = TransportConfig.from(new Env(env), log);
    TransportConfig config = new TransportConfig(c.baseUrl(), c.apiKey(), c.authToken(), c.providers(),
        c.reviewModel(), c.fallbackModel(), c.agenticModel(), c.dualOr(), c.customHeaders(), c.attemptTimeout(),
        c.fallbackAttemptTimeout(), c.reviewDeadline(), c.cliTimeout(), cliCandidates, c.remote(), c.proxy());
    return new ReviewTransport(config, env, ProcessRunner.local(), time, time, "3.0.0", log);
  }

  private static MessagesRequest request(TransportConfig config) {
    return TestClients.request(config.reviewModel());
  }

  @Test
  void directPathRetriesMetersAndFallsBack() throws Exception {
    ReviewTransport t = transport(Map.of("ANTHROPIC_API_KEY", "sk-live-999", "ANTHROPIC_CUSTOM_HEADERS",
        "X-Gateway-Key: gw-888"), List.of());
    server.enqueue(FakeReply.error(503, "overloaded_error"), FakeReply.messageWithJson("{\"findings\":[]}"));
    MessagesResponse r = t.client(meter).send(TestClients.request("claude-opus-5-5"));

    assertThat(r.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(server.requests()).extracting(x -> x.json().get("model"))
        .containsExactly("claude-opus-5-5", "claude-sonnet-5");
    assertThat(server.requests()).allSatisfy(x -> {
      assertThat(x.header("x-gateway-key")).isEqualTo("gw-888");
      assertThat(x.header("user-agent")).isEqualTo("security-guidance/3.0.0 (java)");
    });
    assertThat(meter.toMetrics()).containsEntry("api_calls", 1L).containsEntry("http_err_last", 503L)
        .containsEntry("http_err_count", 1L).containsEntry("tok_in", 100L);
    assertThat(log.all()).doesNotContain("sk-live-999", "gw-888", "PROMPT-MARKER");
  }

  @Test
  void explicitModelMeansNoFallback() {
    ReviewTransport t = transport(Map.of("ANTHROPIC_API_KEY", "k", "SECURITY_REVIEW_MODEL", "claude-opus-4-7"),
        List.of());
    server.enqueue(FakeReply.error(404, "not_found_error"));
    assertThatThrownBy(() -> t.client(meter).send(TestClients.request("claude-opus-4-7")))
        .isInstanceOfSatisfying(ReviewUnavailable.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MODEL_NOT_FOUND));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void noCredentialsMakesNoCall() {
    ReviewTransport t = transport(Map.of(), List.of());
    assertThatThrownBy(() -> t.client(meter).send(TestClients.request("m")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CREDENTIALS));
    assertThat(server.requestCount()).isZero();
    assertThat(meter.toMetrics()).isEmpty();
  }

  @Test
  void providerFlagRoutesThroughTheCli() throws Exception {
    Path cli = dir.resolve("claude");
    Files.writeString(cli, "#!/bin/sh\ncat > /dev/null\n"
        + "echo '{\"type\":\"result\",\"is_error\":false,\"structured_output\":{\"findings\":[]},"
        + "\"total_cost_usd\":0.5,\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}'\n");
    Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
    ReviewTransport t = transport(Map.of("CLAUDE_CODE_USE_BEDROCK", "1", "ANTHROPIC_API_KEY", "k"), List.of(cli));
    TransportConfig config = TransportConfig.from(new Env(Map.of("CLAUDE_CODE_USE_BEDROCK", "1")), log);
    MessagesResponse r = t.client(meter).send(request(config));
    assertThat(r.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(server.requestCount()).isZero();
    assertThat(meter.snapshot().costSources()).containsExactly("sdk_reported");
    assertThat(meter.toMetrics()).containsEntry("cost_usd", 0.5).containsEntry("tok_in", 9L);
  }

  @Test
  void providerFlagWithoutACliIsUnavailable() throws IOException {
    ReviewTransport t = transport(Map.of("CLAUDE_CODE_USE_VERTEX", "true"), List.of(dir.resolve("missing")));
    assertThatThrownBy(() -> t.client(meter).send(TestClients.request("opus")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLI_FAILED));
    assertThat(log.all()).contains("no claude executable");
  }

  @Test
  void reachabilityIsProbedOnlyInRemoteSessions() {
    assertThat(transport(Map.of("ANTHROPIC_API_KEY", "k"), List.of()).reachable()).isTrue();
    assertThat(server.requestCount()).isZero();

    ReviewTransport remote = transport(Map.of("ANTHROPIC_API_KEY", "k", "CLAUDE_CODE_REMOTE", "1"), List.of());
    server.enqueue(FakeReply.json(404, "{}"));
    assertThat(remote.reachable()).isTrue();
    assertThat(remote.reachable()).isTrue();
    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("HEAD");
      assertThat(r.path()).isEqualTo("/");
    });
  }

  @Test
  void anUnreachableApiIsReported() {
    ReviewTransport remote = transport(Map.of("ANTHROPIC_API_KEY", "k", "CLAUDE_CODE_REMOTE", "1",
        "NO_PROXY", "anthropic.com"), List.of());
    server.close();
    assertThat(remote.reachable()).isFalse();
    assertThat(log.all()).contains("reachability: no answer");
  }

  @Test
  void droppingAnthropicBypassRoutesTheApiThroughTheProxy() {
    ProxySettings settings = ProxySettings.from(new Env(Map.of("HTTPS_PROXY", "proxy.internal:8080",
        "NO_PROXY", "api.anthropic.com,example.org")));
    URI api = URI.create("https://api.anthropic.com/v1/messages");
    assertThat(settings.selector().select(api)).containsExactly(Proxy.NO_PROXY);
    List<Proxy> narrowed = settings.withoutAnthropicBypass().selector().select(api);
    assertThat(narrowed).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(Proxy.Type.HTTP));
    assertThat(settings.withoutAnthropicBypass().noProxy()).containsExactly("example.org");
  }

  @Test
  void processWideTransportIsShared() {
    TransportConfig config = TransportConfig.from(new Env(Map.of("ANTHROPIC_API_KEY", "k")), log);
    Env env = new Env(Map.of());
    assertThat(ReviewTransport.forProcess(config, env, log)).isSameAs(ReviewTransport.forProcess(config, env, log));
    assertThat(ReviewTransport.create(config, env, meter, log)).isNotNull();
  }
}

package org.securityguidance.review.api;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.sys.Deadline;

/** Shared builders for transport tests: requests, loopback HTTP clients, a collecting log. */
final class TestClients {
  static final Map<String, Object> SCHEMA = Map.of("type", "object", "properties",
      Map.of("findings", Map.of("type", "array")), "required", List.of("findings"), "additionalProperties", false);

  private TestClients() {}

  static HttpClient http() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).proxy(ProxySettings.NONE.selector()).build();
  }

  /** The {@link ReviewUnavailable} a send of {@code request("claude-opus-5-5")} ends in; fails when it succeeds. */
  static ReviewUnavailable unavailable(MessagesClient client) {
    try {
      client.send(request("claude-opus-5-5"));
    } catch (ReviewUnavailable e) {
      return e;
    }
    throw new AssertionError("expected ReviewUnavailable");
  }

  static MessagesRequest request(String model) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("role", "user");
    message.put("content", "review PROMPT-MARKER");
    return new MessagesRequest(model, 16_000, RequestBody.SUBSCRIPTION_SYSTEM_PROMPT, List.of(message), SCHEMA, null);
  }

  static HttpEndpoint endpoint(String baseUrl, List<CustomHeaders.Header> custom) {
    return new HttpEndpoint(baseUrl, custom, "security-guidance/3.0.0 (java)");
  }

  static HttpMessagesClient client(String baseUrl, CredentialSelector creds, Duration timeout, LogSink log) {
    return new HttpMessagesClient(http(), endpoint(baseUrl, List.of()), creds, timeout,
        Deadline.after(Clock.systemUTC(), Duration.ofMinutes(5)), log);
  }

  /** Collects log lines for assertions that nothing secret was written. */
  static final class LogSink implements TransportLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void log(String message) {
      lines.add(message);
    }

    synchronized String all() {
      return String.join("\n", lines);
    }
  }
}

package org.securityguidance.review.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.CredentialSelector.Credential;
import org.securityguidance.review.api.CredentialSelector.Kind;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.Deadline;

/**
 * One non-streaming {@code POST {base}/v1/messages} per call on the JDK HTTP client (ADR 0010: no SDK). Applies the
 * spec §4.3 headers, the §4.5 body, a per-attempt timeout cut to the review deadline and an 8 MiB response cap, and
 * maps every outcome to a response or a typed {@link ReviewUnavailable}. Retries live in the decorators.
 */
public final class HttpMessagesClient implements MessagesClient {
  public static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
  public static final String ANTHROPIC_VERSION = "2023-06-01";
  public static final String BETA_STRUCTURED_OUTPUTS = "structured-outputs-2025-11-13";
  public static final String BETA_OAUTH = "oauth-2025-04-20";

  /** Headers the JDK client manages itself and refuses to take from callers. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient http;
  private final HttpEndpoint endpoint;
  private final CredentialSelector credentials;
  private final Duration attemptTimeout;
  private final Deadline deadline;
  private final TransportLog log;

  public HttpMessagesClient(HttpClient http, HttpEndpoint endpoint, CredentialSelector credentials,
      Duration attemptTimeout, Deadline deadline, TransportLog log) {
    this.http = http;
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.attemptTimeout = attemptTimeout;
    this.deadline = deadline;
    this.log = log;
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    Credential credential = credentials.current();
    if (credential.kind() == Kind.NONE) {
      throw new ReviewUnavailable(Reason.NO_CREDENTIALS, -1, "no API key or auth token");
    }
    Duration timeout = deadline.cap(attemptTimeout);
    if (timeout.isZero()) {
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "review deadline reached before the request");
    }
    byte[] body = Json.write(RequestBody.of(request, credential.kind() == Kind.AUTH_TOKEN))
        .getBytes(StandardCharsets.UTF_8);
    HttpRequest httpRequest = build(body, credential, timeout);
    long start = System.nanoTime();
    CappedBodyHandler handler = new CappedBodyHandler(MAX_RESPONSE_BYTES);
    try {
      HttpResponse<byte[]> response = exchange(httpRequest, handler, timeout);
      log.log("api: model=" + request.model() + " status=" + response.statusCode() + " ms=" + elapsed(start)
          + " credential=" + credential.kind());
      return ResponseReader.read(response.statusCode(), response.body(), handler.retryAfterMillis(), request);
    } catch (ReviewUnavailable e) {
      log.log("api: model=" + request.model() + " failed " + e.reason() + " status=" + e.httpStatus() + " ms="
          + elapsed(start) + " credential=" + credential.kind());
      throw e;
    }
  }

  /** The request with plugin headers, then custom headers replacing same-named ones (spec §4.3 V-HDR). */
  HttpRequest build(byte[] body, Credential credential, Duration timeout) throws ReviewUnavailable {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"content-type", "application/json"});
    headers.add(new String[] {"anthropic-version", ANTHROPIC_VERSION});
    headers.add(new String[] {"anthropic-beta",
        credential.kind() == Kind.AUTH_TOKEN ? BETA_STRUCTURED_OUTPUTS + "," + BETA_OAUTH : BETA_STRUCTURED_OUTPUTS});
    headers.add(new String[] {credential.headerName(), credential.headerValue()});
    headers.add(new String[] {"user-agent", endpoint.userAgent()});
    for (CustomHeaders.Header custom : endpoint.customHeaders()) {
      if (custom.key().equals("anthropic-beta") || RESTRICTED.contains(custom.key())) {
        log.log("custom header " + custom.name() + " ignored: managed by the plugin or the HTTP client");
        continue;
      }
      headers.removeIf(h -> h[0].equalsIgnoreCase(custom.name()));
      headers.add(new String[] {custom.name(), custom.value()});
    }
    HttpRequest.Builder builder;
    try {
      URI uri = URI.create(endpoint.baseUrl() + "/v1/messages");
      builder = HttpRequest.newBuilder(uri).timeout(timeout).POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if ("http".equalsIgnoreCase(uri.getScheme())) {
        builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with plain-HTTP gateways
      }
    } catch (IllegalArgumentException e) {
      throw new ReviewUnavailable(Reason.CLIENT_ERROR, -1, "ANTHROPIC_BASE_URL is not a usable URL");
    }
    for (String[] h : headers) {
      try {
        builder.header(h[0], h[1]);
      } catch (IllegalArgumentException e) {
        log.log("header " + h[0] + " skipped: rejected by the HTTP client");
      }
    }
    return builder.build();
  }

  private HttpResponse<byte[]> exchange(HttpRequest request, CappedBodyHandler handler, Duration timeout)
      throws ReviewUnavailable {
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      future = http.sendAsync(request, handler);
    } catch (IllegalArgumentException e) {
      throw new ReviewUnavailable(Reason.CLIENT_ERROR, -1, "request rejected by the HTTP client");
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      handler.cancel();
      future.cancel(true);
      throw timedOut(handler);
    } catch (InterruptedException e) {
      handler.cancel();
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReviewUnavailable(Reason.DEADLINE, handler.status(), "interrupted");
    } catch (ExecutionException e) {
      throw failed(e.getCause(), handler);
    }
  }

  private ReviewUnavailable timedOut(CappedBodyHandler handler) {
    Reason reason = deadline.expired() ? Reason.DEADLINE : Reason.TIMEOUT;
    return new ReviewUnavailable(reason, -1, "no complete response in time"
        + (handler.status() > 0 ? " (status " + handler.status() + " arrived)" : ""));
  }

  private ReviewUnavailable failed(Throwable cause, CappedBodyHandler handler) {
    int status = handler.status();
    if (handler.tooLarge()) {
      return new ReviewUnavailable(Reason.BAD_RESPONSE, status, "response body over " + MAX_RESPONSE_BYTES + " bytes");
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut(handler);
    }
    if (status > 0) {
      // The status line arrived and the body did not: a 2xx is unusable, an error keeps its own meaning.
      Reason reason = status < 300 ? Reason.BAD_RESPONSE : ResponseReader.reasonFor(status);
      return new ReviewUnavailable(reason, status, "connection lost while reading the body", handler.retryAfterMillis());
    }
    String kind = cause == null ? "unknown" : cause.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    return new ReviewUnavailable(Reason.NETWORK, -1, "no response (" + kind + ")");
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}

package org.securityguidance.review.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.Deadline;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/**
 * Assembles the {@link MessagesClient} for a single-shot review (spec §4.1): the user's CLI when a provider flag is
 * set; otherwise direct HTTP with retries, the sticky credential switch, metering and the model fallback. Also
 * answers the remote reachability probe (§4.6). One instance per process holds the shared HTTP client and the
 * {@link CredentialSelector}; each review gets fresh decorators bound to its own deadline.
 */
public final class ReviewTransport {
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private static ReviewTransport processWide;

  private final TransportConfig config;
  private final Map<String, String> environment;
  private final ProcessRunner runner;
  private final Sleeper sleeper;
  private final Clock clock;
  private final String version;
  private final TransportLog log;
  private final CredentialSelector credentials;
  private ProxySettings proxy;
  private HttpClient http;
  private Boolean reachable;

  public ReviewTransport(TransportConfig config, Map<String, String> environment, ProcessRunner runner,
      Sleeper sleeper, Clock clock, String version, TransportLog log) {
    this.config = config;
    this.environment = Map.copyOf(environment);
    this.runner = runner;
    this.sleeper = sleeper;
    this.clock = clock;
    this.version = version;
    this.log = log;
    this.credentials = CredentialSelector.from(config);
    this.proxy = config.proxy();
  }

  /** The process-wide transport for {@code config} (re-created only if the configuration differs). */
  public static synchronized ReviewTransport forProcess(TransportConfig config, Env env, TransportLog log) {
    if (processWide == null || !processWide.config.equals(config)) {
      String version = ReviewTransport.class.getPackage().getImplementationVersion();
      processWide = new ReviewTransport(config, env.asMap(), ProcessRunner.local(), Sleeper.REAL,
          Clock.systemUTC(), version, log);
    }
    return processWide;
  }

  /** The assembled client for one review, with the configured review deadline starting now. */
  public static MessagesClient create(TransportConfig config, Env env, UsageMeter meter, TransportLog log) {
    return forProcess(config, env, log).client(meter);
  }

  /** A client for one review whose deadline starts now. */
  public MessagesClient client(UsageMeter meter) {
    return client(meter, Deadline.after(clock, config.reviewDeadline()));
  }

  /** A client for one review bound to {@code deadline} (dual-OR legs share one). */
  public MessagesClient client(UsageMeter meter, Deadline deadline) {
    if (config.thirdParty()) {
      return new MeteredMessagesClient(cliClient(deadline), meter);
    }
    if (!config.hasCredentials()) {
      return request -> {
        throw new ReviewUnavailable(Reason.NO_CREDENTIALS, -1, "no API key or auth token");
      };
    }
    HttpEndpoint endpoint = HttpEndpoint.of(config, version);
    MessagesClient primary = new MeteredMessagesClient(new RetryingMessagesClient(
        new HttpMessagesClient(httpClient(), endpoint, credentials, config.attemptTimeout(), deadline, log),
        sleeper, RetryPolicy.primary(), deadline, credentials, log), meter);
    MessagesClient fallback = new MeteredMessagesClient(new RetryingMessagesClient(
        new HttpMessagesClient(httpClient(), endpoint, credentials, config.fallbackAttemptTimeout(), deadline, log),
        sleeper, RetryPolicy.fallbackLeg(), deadline, credentials, log), meter);
    return new FallbackMessagesClient(primary, fallback, config.fallbackModel(), log);
  }

  private MessagesClient cliClient(Deadline deadline) {
    Optional<Path> cli = ClaudeCliLocator.locate(config.cliCandidates());
    if (cli.isEmpty()) {
      log.log("cli: no claude executable at the fixed locations; third-party review unavailable");
      return request -> {
        throw new ReviewUnavailable(Reason.CLI_FAILED, -1, "no claude CLI found");
      };
    }
    return new ClaudeCliMessagesClient(runner, cli.get(), environment, config.cliTimeout(), deadline, log);
  }

  /**
   * Whether the API answers at all (spec §4.6): probed once, only in remote sessions ({@code CLAUDE_CODE_REMOTE}).
   * On failure the {@code NO_PROXY} entries naming anthropic.com are dropped and the probe repeated; the working
   * proxy settings are kept for the review itself.
   */
  public synchronized boolean reachable() {
    if (!config.remote() || config.thirdParty()) {
      return true;
    }
    if (reachable == null) {
      reachable = probe();
      if (!reachable) {
        ProxySettings narrowed = proxy.withoutAnthropicBypass();
        if (!narrowed.equals(proxy)) {
          proxy = narrowed;
          http = null;
          reachable = probe();
          log.log("reachability: retried without anthropic.com NO_PROXY entries: " + reachable);
        }
      }
    }
    return reachable;
  }

  private boolean probe() {
    try {
      HttpRequest head = HttpRequest.newBuilder(URI.create(config.baseUrl() + "/")).timeout(PROBE_TIMEOUT)
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("user-agent", HttpEndpoint.of(config, version)
              .userAgent()).build();
      int status = httpClient().sendAsync(head, HttpResponse.BodyHandlers.discarding())
          .get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
      log.log("reachability: HEAD status=" + status);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      log.log("reachability: no answer (" + e.getClass().getSimpleName() + ")");
      return false;
    }
  }

  private synchronized HttpClient httpClient() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).proxy(proxy.selector())
          .followRedirects(HttpClient.Redirect.NEVER).build();
    }
    return http;
  }

  /** The credential selector shared by this process's reviews. */
  public CredentialSelector credentials() {
    return credentials;
  }
}

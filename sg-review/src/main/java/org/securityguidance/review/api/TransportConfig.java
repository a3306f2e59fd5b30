package org.securityguidance.review.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.securityguidance.sys.Env;

/**
 * Everything the transport reads from the environment, read once (STYLE.md (d)8). Secrets are held but never
 * printed: {@link #toString()} shows only whether a key or token is present.
 *
 * @param baseUrl {@code ANTHROPIC_BASE_URL} without trailing slashes, default {@value #DEFAULT_BASE_URL}
 * @param apiKey {@code ANTHROPIC_API_KEY}, or {@code null}
 * @param authToken {@code ANTHROPIC_AUTH_TOKEN} (subscription/OAuth), or {@code null}
 * @param providers the truthy {@code CLAUDE_CODE_USE_*} flags (third-party path when non-empty)
 * @param reviewModel {@code SECURITY_REVIEW_MODEL} trimmed, else the default for the path
 * @param fallbackModel the fallback model, or {@code null} when the user chose a model or on the third-party path
 * @param agenticModel {@code SG_AGENTIC_MODEL} trimmed, else the review default
 * @param dualOr {@code SG_DUAL_OR} truthy: two review legs in parallel (spec §4.8)
 * @param customHeaders parsed {@code ANTHROPIC_CUSTOM_HEADERS}
 * @param attemptTimeout per HTTP attempt (spec §4.6: 120 s)
 * @param fallbackAttemptTimeout per attempt on the fallback leg (shorter, spec §13.8)
 * @param reviewDeadline one wall-clock limit for a whole review, {@code SG_REVIEW_DEADLINE_S}
 * @param cliTimeout limit for one third-party CLI call (spec §4.7: 60 s)
 * @param cliCandidates absolute paths to try for the user's {@code claude} CLI, in order (never a PATH lookup)
 * @param remote {@code CLAUDE_CODE_REMOTE} truthy: probe reachability first (spec §4.6)
 * @param proxy proxy settings from {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY}
 */
public record TransportConfig(
    String baseUrl, String apiKey, String authToken, List<String> providers, String reviewModel,
    String fallbackModel, String agenticModel, boolean dualOr, List<CustomHeaders.Header> customHeaders,
    Duration attemptTimeout, Duration fallbackAttemptTimeout, Duration reviewDeadline, Duration cliTimeout,
    List<Path> cliCandidates, boolean remote, ProxySettings proxy) {

  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
  public static final List<String> PROVIDER_FLAGS = List.of("CLAUDE_CODE_USE_BEDROCK", "CLAUDE_CODE_USE_VERTEX",
      "CLAUDE_CODE_USE_FOUNDRY", "CLAUDE_CODE_USE_MANTLE", "CLAUDE_CODE_USE_ANTHROPIC_AWS");
  public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(120);
  public static final Duration FALLBACK_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration CLI_TIMEOUT = Duration.ofSeconds(60);
  /** Default review deadline; enough for a slow primary attempt plus one fallback attempt. */
  public static final int DEFAULT_DEADLINE_SECONDS = 300;
  static final int MAX_DEADLINE_SECONDS = 3600;

  public TransportConfig {
    providers = List.copyOf(providers);
    customHeaders = List.copyOf(customHeaders);
    cliCandidates = List.copyOf(cliCandidates);
  }

  /** Reads the configuration; malformed values fall back to defaults and never throw. */
  public static TransportConfig from(Env env, TransportLog log) {
    List<String> providers = new ArrayList<>();
    for (String flag : PROVIDER_FLAGS) {
      if (env.isTruthy(flag)) {
        providers.add(flag);
      }
    }
    boolean thirdParty = !providers.isEmpty();
    String explicitModel = trimmed(env.get("SECURITY_REVIEW_MODEL"));
    String defaultModel = thirdParty ? Models.THIRD_PARTY_DEFAULT_MODEL : Models.DEFAULT_REVIEW_MODEL;
    String reviewModel = explicitModel != null ? explicitModel : defaultModel;
    String fallback = explicitModel == null && !thirdParty ? Models.DEFAULT_FALLBACK_MODEL : null;
    String agentic = trimmed(env.get("SG_AGENTIC_MODEL"));
    int deadline = env.intValue("SG_REVIEW_DEADLINE_S", DEFAULT_DEADLINE_SECONDS);
    if (deadline < 1 || deadline > MAX_DEADLINE_SECONDS) {
      deadline = DEFAULT_DEADLINE_SECONDS;
    }
    return new TransportConfig(baseUrl(env.get("ANTHROPIC_BASE_URL")), trimmed(env.get("ANTHROPIC_API_KEY")),
        trimmed(env.get("ANTHROPIC_AUTH_TOKEN")), providers, reviewModel, fallback,
        agentic != null ? agentic : defaultModel, env.isTruthy("SG_DUAL_OR"),
        CustomHeaders.parse(env.get("ANTHROPIC_CUSTOM_HEADERS"), log), ATTEMPT_TIMEOUT, FALLBACK_ATTEMPT_TIMEOUT,
        Duration.ofSeconds(deadline), CLI_TIMEOUT, ClaudeCliLocator.candidates(env),
        env.isTruthy("CLAUDE_CODE_REMOTE"), ProxySettings.from(env));
  }

  /** True when a provider flag routes reviews through the user's {@code claude} CLI. */
  public boolean thirdParty() {
    return !providers.isEmpty();
  }

  /** True when some way to call a model exists (spec §4.2 {@code HAS_API_CREDENTIALS}). */
  public boolean hasCredentials() {
    return apiKey != null || authToken != null || thirdParty();
  }

  /** True when the user chose the model (then no fallback model is ever tried). */
  public boolean modelExplicit() {
    return fallbackModel == null;
  }

  /** The same configuration with other timeouts (tests, the CLI's own budget). */
  public TransportConfig withTimeouts(Duration attempt, Duration fallbackAttempt, Duration deadline) {
    return new TransportConfig(baseUrl, apiKey, authToken, providers, reviewModel, fallbackModel, agenticModel,
        dualOr, customHeaders, attempt, fallbackAttempt, deadline, cliTimeout, cliCandidates, remote, proxy);
  }

  @Override
  public String toString() {
    return "TransportConfig[baseUrl=" + (baseUrl.equals(DEFAULT_BASE_URL) ? "default" : "custom")
        + ", apiKey=" + (apiKey != null ? "set" : "unset") + ", authToken=" + (authToken != null ? "set" : "unset")
        + ", providers=" + providers + ", reviewModel=" + reviewModel + ", fallbackModel=" + fallbackModel
        + ", agenticModel=" + agenticModel + ", dualOr=" + dualOr + ", customHeaders=" + customHeaders.size()
        + ", attemptTimeout=" + attemptTimeout + ", reviewDeadline=" + reviewDeadline + ", remote=" + remote + "]";
  }

  static String baseUrl(String raw) {
    String url = trimmed(raw);
    if (url == null) {
      return DEFAULT_BASE_URL;
    }
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return end == 0 ? DEFAULT_BASE_URL : url.substring(0, end);
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String t = value.trim();
    return t.isEmpty() ? null : t;
  }
}

package org.securityguidance.review.api;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chooses the credential for each request (spec §4.2): the API key when present, else the subscription token; after
 * a 401 on the key while a token exists it switches to the token for the rest of the process. One instance is
 * shared by every review of a process, and the switch is thread-safe (the original used a module global, §13.5).
 */
public final class CredentialSelector {
  /** Which credential a request carries. */
  public enum Kind {
    API_KEY,
    AUTH_TOKEN,
    NONE
  }

  /** A credential ready to become one header; {@link #toString()} never shows the value. */
  public record Credential(Kind kind, String headerName, String headerValue) {
    @Override
    public String toString() {
      return "Credential[" + kind + "]";
    }
  }

  private final String apiKey;
  private final String authToken;
  private final AtomicBoolean preferToken;

  public CredentialSelector(String apiKey, String authToken) {
    this.apiKey = apiKey;
    this.authToken = authToken;
    this.preferToken = new AtomicBoolean(apiKey == null);
  }

  /** A selector over the configuration's key and token. */
  public static CredentialSelector from(TransportConfig config) {
    return new CredentialSelector(config.apiKey(), config.authToken());
  }

  /** The credential for the next request. */
  public Credential current() {
    if (authToken != null && (preferToken.get() || apiKey == null)) {
      return new Credential(Kind.AUTH_TOKEN, "Authorization", "Bearer " + authToken);
    }
    if (apiKey != null) {
      return new Credential(Kind.API_KEY, "x-api-key", apiKey);
    }
    return new Credential(Kind.NONE, null, null);
  }

  /**
   * Called after a 401 on a request that carried {@code used}; true when switching to the token is worth a retry.
   * A 401 on the token itself, or without a token, is final.
   */
  public boolean switchAfterUnauthorized(Kind used) {
    if (used != Kind.API_KEY || authToken == null) {
      return false;
    }
    preferToken.set(true);
    return true;
  }

  /** True once the process has switched to (or only ever had) the token. */
  public boolean usingToken() {
    return current().kind() == Kind.AUTH_TOKEN;
  }
}

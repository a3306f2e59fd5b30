package org.securityguidance.review.api;

import java.util.List;

/**
 * Where and as whom the direct client talks: base URL (may embed credentials, so it is never logged), the user's
 * custom headers, and the {@code User-Agent} product token.
 */
public record HttpEndpoint(String baseUrl, List<CustomHeaders.Header> customHeaders, String userAgent) {
  public HttpEndpoint {
    customHeaders = List.copyOf(customHeaders);
  }

  /** The endpoint of a configuration, identifying as {@code security-guidance/<version> (java)}. */
  public static HttpEndpoint of(TransportConfig config, String version) {
    return new HttpEndpoint(config.baseUrl(), config.customHeaders(),
        "security-guidance/" + (version == null || version.isBlank() ? "dev" : version.trim()) + " (java)");
  }

  @Override
  public String toString() {
    return "HttpEndpoint[customHeaders=" + customHeaders.size() + ", userAgent=" + userAgent + "]";
  }
}

package org.securityguidance.review.fake;

import java.util.Locale;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * One request the {@link FakeMessagesServer} received: method, path with query, headers (names lower-cased,
 * repeated values joined with a comma) and the body as UTF-8 text.
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body) {
  public RecordedRequest {
    headers = Map.copyOf(headers);
  }

  /** The header's value (case-insensitive name), or {@code null}. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The body parsed as a JSON object (fails the test when it is not one). */
  public Map<String, Object> json() {
    return Json.parseObject(body);
  }
}

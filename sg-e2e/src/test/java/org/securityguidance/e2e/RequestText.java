package org.securityguidance.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * Reads what a request showed the model: the string values of its body joined (escapes undone), or only the
 * messages that came after the assistant message holding a given tool call.
 */
final class RequestText {
  /** What marks text our plugin added to the conversation (hook output is prefixed with the plugin's name). */
  static final String PLUGIN_MARK = "security-guidance";

  private RequestText() {}

  /** Every string in the body, one per line. */
  static String of(RecordedRequest request) {
    StringBuilder out = new StringBuilder();
    collect(Json.parse(request.body()), out);
    return out.toString();
  }

  /** Every string of the messages after the one that holds {@code toolUseId}; empty when it is not there. */
  static String afterToolCall(RecordedRequest request, String toolUseId) {
    List<Object> messages = JsonView.array(request.json(), "messages");
    StringBuilder out = new StringBuilder();
    boolean seen = false;
    for (Object message : messages) {
      if (seen) {
        collect(message, out);
      } else if (Json.write(message).contains("\"" + toolUseId + "\"")) {
        seen = true;
      }
    }
    return out.toString();
  }

  /** The string values of the conversation's messages that contain {@code marker}, each whole. */
  static List<String> stringsContaining(RecordedRequest request, String marker) {
    List<String> found = new ArrayList<>();
    collectStrings(JsonView.array(request.json(), "messages"), marker, found);
    return found;
  }

  /** Every string of every request, joined. */
  static String all(List<RecordedRequest> requests) {
    StringBuilder out = new StringBuilder();
    requests.forEach(r -> out.append(of(r)).append('\n'));
    return out.toString();
  }

  private static void collectStrings(Object value, String marker, List<String> found) {
    if (value instanceof String s && s.contains(marker)) {
      found.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collectStrings(v, marker, found));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectStrings(v, marker, found));
    }
  }

  private static void collect(Object value, StringBuilder out) {
    if (value instanceof String s) {
      out.append(s).append('\n');
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, out));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, out));
    }
  }
}

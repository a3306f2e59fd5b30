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

  /**
   * What the conversation shows after the result of {@code toolUseId}: every string of the messages from its
   * {@code tool_result} block on (the CLI may merge several results and hook texts into one user message). Empty
   * when the request does not carry that result.
   */
  static String afterToolCall(RecordedRequest request, String toolUseId) {
    StringBuilder out = new StringBuilder();
    boolean seen = false;
    for (Object message : JsonView.array(request.json(), "messages")) {
      Object content = message instanceof Map<?, ?> m ? m.get("content") : null;
      List<?> blocks = content instanceof List<?> list ? list : List.of(String.valueOf(content));
      for (Object block : blocks) {
        seen |= block instanceof Map<?, ?> b && "tool_result".equals(b.get("type"))
            && toolUseId.equals(b.get("tool_use_id"));
        if (seen) {
          collect(block, out);
        }
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

package org.securityguidance.review.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Turns an HTTP status and body into a {@link MessagesResponse} or a typed {@link ReviewUnavailable} (spec §10,
 * STYLE.md (d)7): an unreadable body never hides the status, a refusal or an unparseable structured answer is
 * never "no findings", and only the API's short error <em>type</em> is kept — never the body, which can echo the
 * prompt (§13.19).
 */
public final class ResponseReader {
  private static final Pattern ERROR_TYPE = Pattern.compile("[a-z_]{1,40}");

  private ResponseReader() {}

  /** Reads a complete response; {@code retryAfterMillis} is the parsed {@code retry-after} hint or -1. */
  public static MessagesResponse read(int status, byte[] body, long retryAfterMillis, MessagesRequest request)
      throws ReviewUnavailable {
    if (status < 200 || status > 299) {
      throw failure(status, body, retryAfterMillis);
    }
    Map<String, Object> json = parse(status, body);
    if ("error".equals(json.get("type"))) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, status, "error envelope with status " + status);
    }
    String stopReason = JsonView.string(json, "stop_reason");
    if ("refusal".equals(stopReason)) {
      String category = errorType(JsonView.string(JsonView.object(json, "stop_details"), "category"));
      throw new ReviewUnavailable(Reason.REFUSAL, status, "stop_reason=refusal category=" + category);
    }
    MessagesResponse response = new MessagesResponse(stopReason, blocks(json), usage(json),
        JsonView.string(json, "model").isEmpty() ? request.model() : JsonView.string(json, "model"));
    checkStructuredOutput(request, response, status);
    return response;
  }

  /** The reason an HTTP status stands for (spec §10). */
  public static Reason reasonFor(int status) {
    if (status == 401 || status == 403) {
      return Reason.AUTH;
    }
    if (status == 404) {
      return Reason.MODEL_NOT_FOUND;
    }
    if (status == 429) {
      return Reason.RATE_LIMITED;
    }
    if (status >= 500) {
      return Reason.SERVER_ERROR;
    }
    return status >= 400 ? Reason.CLIENT_ERROR : Reason.BAD_RESPONSE;
  }

  /** Usage from a response or result object (the API's field names). */
  public static Usage usage(Map<String, Object> json) {
    Map<String, Object> u = JsonView.object(json, "usage");
    return new Usage(Math.max(0, JsonView.number(u, "input_tokens", 0)),
        Math.max(0, JsonView.number(u, "output_tokens", 0)),
        Math.max(0, JsonView.number(u, "cache_read_input_tokens", 0)),
        Math.max(0, JsonView.number(u, "cache_creation_input_tokens", 0)));
  }

  static ReviewUnavailable failure(int status, byte[] body, long retryAfterMillis) {
    String type = "unknown";
    try {
      type = errorType(JsonView.string(JsonView.object(Json.parseObject(utf8(body)), "error"), "type"));
    } catch (JsonException | CharacterCodingException e) {
      // An unreadable error body never replaces the status.
    }
    return new ReviewUnavailable(reasonFor(status), status, "HTTP " + status + " " + type, retryAfterMillis);
  }

  private static Map<String, Object> parse(int status, byte[] body) throws ReviewUnavailable {
    try {
      return Json.parseObject(utf8(body));
    } catch (CharacterCodingException e) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, status, "response body is not UTF-8");
    } catch (JsonException e) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, status, "response body is not a JSON object");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> blocks(Map<String, Object> json) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object block : JsonView.array(json, "content")) {
      if (block instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      }
    }
    return out;
  }

  /** With an output schema the first text block must be a JSON object; otherwise the answer is unusable. */
  private static void checkStructuredOutput(MessagesRequest request, MessagesResponse response, int status)
      throws ReviewUnavailable {
    if (request.outputSchema() == null || "tool_use".equals(response.stopReason())) {
      return;
    }
    String text = response.firstText();
    if (text == null) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, status,
          "no text block (stop_reason=" + errorType(response.stopReason()) + ")");
    }
    try {
      Json.parseObject(text);
    } catch (JsonException e) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, status,
          "structured output is not a JSON object (stop_reason=" + errorType(response.stopReason()) + ")");
    }
  }

  private static String utf8(byte[] body) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
  }

  /** A short machine word from the API, or {@code unknown}: nothing free-form ever reaches the log. */
  static String errorType(String raw) {
    return raw != null && ERROR_TYPE.matcher(raw).matches() ? raw : "unknown";
  }
}

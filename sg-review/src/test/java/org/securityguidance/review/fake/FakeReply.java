package org.securityguidance.review.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * One scripted answer of the {@link FakeMessagesServer}: status, headers, body bytes, an optional delay before
 * answering, or a dropped connection / a body cut short after {@code truncateAt} bytes.
 *
 * <p>The static helpers build Messages API replies: a {@code text} block holding given JSON (what structured
 * output returns), a refusal, an error envelope, and usage numbers.
 */
public record FakeReply(
    int status, Map<String, String> headers, byte[] body, long delayMillis, boolean dropConnection,
    int truncateAt) {

  /** The model the helpers report when none is given. */
  public static final String MODEL = "claude-opus-5-5";

  public FakeReply {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** A reply with this status and a JSON body. */
  public static FakeReply json(int status, String body) {
    return new FakeReply(status, Map.of("content-type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
        0, false, -1);
  }

  /** A reply with this status and raw body bytes (any content type). */
  public static FakeReply raw(int status, String contentType, byte[] body) {
    return new FakeReply(status, Map.of("content-type", contentType), body, 0, false, -1);
  }

  /** The server closes the connection without answering. */
  public static FakeReply drop() {
    return new FakeReply(0, Map.of(), new byte[0], 0, true, -1);
  }

  /** A 200 Messages reply whose only text block holds {@code jsonText}, with usage 100 in / 50 out. */
  public static FakeReply messageWithJson(String jsonText) {
    return message("end_turn", List.of(textBlock(jsonText)), usage(100, 50, 0, 0));
  }

  /** A 200 Messages reply whose only text block holds {@code value} written as JSON. */
  public static FakeReply messageWithJson(Object value) {
    return messageWithJson(Json.write(value));
  }

  /** A 200 Messages reply with {@code stop_reason: refusal}, a stop-details category and no text. */
  public static FakeReply refusal() {
    Map<String, Object> body = messageBody(MODEL, "refusal", List.of(), usage(100, 0, 0, 0));
    body.put("stop_details", Map.of("type", "refusal", "category", "cyber"));
    return json(200, Json.write(body));
  }

  /** A 200 Messages reply with the given stop reason, content blocks and usage. */
  public static FakeReply message(String stopReason, List<Map<String, Object>> content, Map<String, Object> usage) {
    return json(200, Json.write(messageBody(MODEL, stopReason, content, usage)));
  }

  /** An API error envelope ({@code {"type":"error","error":{"type":..,"message":..}}}) with this status. */
  public static FakeReply error(int status, String errorType) {
    return json(status, "{\"type\":\"error\",\"error\":{\"type\":\"" + errorType + "\",\"message\":\"scripted\"}}");
  }

  /** A Messages response body as a mutable JSON map. */
  public static Map<String, Object> messageBody(
      String model, String stopReason, List<Map<String, Object>> content, Map<String, Object> usage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "msg_fake");
    body.put("type", "message");
    body.put("role", "assistant");
    body.put("model", model);
    body.put("content", content);
    body.put("stop_reason", stopReason);
    body.put("usage", usage);
    return body;
  }

  /** A {@code text} content block. */
  public static Map<String, Object> textBlock(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }

  /** A usage object with the API's field names. */
  public static Map<String, Object> usage(long in, long out, long cacheRead, long cacheWrite) {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("input_tokens", in);
    u.put("output_tokens", out);
    u.put("cache_read_input_tokens", cacheRead);
    u.put("cache_creation_input_tokens", cacheWrite);
    return u;
  }

  /** The same reply after waiting this long. */
  public FakeReply delayed(long millis) {
    return new FakeReply(status, headers, body, millis, dropConnection, truncateAt);
  }

  /** The same reply with one more header. */
  public FakeReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new FakeReply(status, more, body, delayMillis, dropConnection, truncateAt);
  }

  /** The same reply, but the connection is cut after {@code bytes} body bytes (Content-Length stays full). */
  public FakeReply truncatedAt(int bytes) {
    return new FakeReply(status, headers, body, delayMillis, dropConnection, bytes);
  }
}

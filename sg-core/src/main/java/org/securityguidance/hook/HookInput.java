package org.securityguidance.hook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.json.JsonView;

/**
 * One hook event as read from stdin (spec §2.1): the fields every path reads, plus the raw tool input and response.
 * Absent or wrongly typed fields read as empty, as the original's {@code .get()} chains did.
 *
 * @param hookEventName {@code hook_event_name}, or ""
 * @param sessionId {@code session_id}, or ""
 * @param cwd {@code cwd}, or ""
 * @param toolName {@code tool_name}, or ""
 * @param toolUseId {@code tool_use_id}, or ""
 * @param stopHookActive {@code stop_hook_active} is truthy
 * @param toolInput {@code tool_input}, or an empty map
 * @param toolResponse {@code tool_response}, or an empty map
 */
public record HookInput(
    String hookEventName,
    String sessionId,
    String cwd,
    String toolName,
    String toolUseId,
    boolean stopHookActive,
    Map<String, Object> toolInput,
    Map<String, Object> toolResponse) {

  /** Largest stdin accepted: far above any real event, small enough to parse in milliseconds. */
  public static final int MAX_STDIN_BYTES = 8 * 1024 * 1024;

  /** Reads all of {@code in} as strict UTF-8 (at most {@code maxBytes}) and parses one JSON object. */
  public static HookInput read(InputStream in, int maxBytes) throws HookInputException {
    return read(in, maxBytes, Set.of());
  }

  /**
   * Like {@link #read(InputStream, int)}, but members named in {@code unreadKeys} are only checked for
   * well-formedness and read as absent (e.g. {@code tool_response} on the edit path).
   */
  public static HookInput read(InputStream in, int maxBytes, Set<String> unreadKeys) throws HookInputException {
    return fromJson(decode(readBounded(in, maxBytes)), unreadKeys);
  }

  /** Parses an already-decoded document. */
  public static HookInput fromJson(String text) throws HookInputException {
    return fromJson(text, Set.of());
  }

  /** Parses an already-decoded document, leaving out members named in {@code unreadKeys}. */
  public static HookInput fromJson(String text, Set<String> unreadKeys) throws HookInputException {
    Object parsed;
    try {
      // A byte-order mark is noise some Windows pipes add; it is not part of the document.
      parsed = Json.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, unreadKeys);
    } catch (JsonException e) {
      throw new HookInputException(HookInputException.Reason.MALFORMED, e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw new HookInputException(HookInputException.Reason.NOT_AN_OBJECT, "top-level value is not an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> obj = (Map<String, Object>) parsed;
    return new HookInput(
        JsonView.string(obj, "hook_event_name"),
        JsonView.string(obj, "session_id"),
        JsonView.string(obj, "cwd"),
        JsonView.string(obj, "tool_name"),
        JsonView.string(obj, "tool_use_id"),
        JsonView.truthy(obj, "stop_hook_active"),
        JsonView.object(obj, "tool_input"),
        JsonView.object(obj, "tool_response"));
  }

  private static byte[] readBounded(InputStream in, int maxBytes) throws HookInputException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) != -1) {
        if (buffer.size() + n > maxBytes) {
          throw new HookInputException(HookInputException.Reason.TOO_LARGE, "stdin exceeds " + maxBytes + " bytes");
        }
        buffer.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new HookInputException(HookInputException.Reason.UNREADABLE, e.getClass().getSimpleName());
    }
    return buffer.toByteArray();
  }

  /** Strict decoding: invalid UTF-8 is malformed input, never silently replaced into a path. */
  private static String decode(byte[] bytes) throws HookInputException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HookInputException(HookInputException.Reason.MALFORMED, "stdin is not valid UTF-8");
    }
  }
}

package org.securityguidance.review.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.ProcessResult;

/**
 * Reads the result object of {@code claude -p --output-format json} for the single-shot and agentic paths:
 * {@code structured_output} (or the {@code result} text) becomes one text block, with usage, the answering model and
 * the CLI's own cost.
 */
public final class CliResultReader {
  private CliResultReader() {}

  static MessagesResponse read(ProcessResult result, MessagesRequest request) throws ReviewUnavailable {
    Map<String, Object> json = parseResultObject(result.stdout());
    if (json == null) {
      throw new ReviewUnavailable(result.exitCode() != 0 ? Reason.CLI_FAILED : Reason.BAD_RESPONSE, -1,
          "claude CLI printed no result object (exit " + result.exitCode() + ")");
    }
    String stopReason = JsonView.string(json, "stop_reason");
    if ("refusal".equals(stopReason)) {
      throw new ReviewUnavailable(Reason.REFUSAL, -1, "stop_reason=refusal");
    }
    if (result.exitCode() != 0 || JsonView.truthy(json, "is_error")) {
      throw new ReviewUnavailable(Reason.CLI_FAILED, -1, "claude CLI reported an error (subtype="
          + ResponseReader.errorType(JsonView.string(json, "subtype")) + ", exit " + result.exitCode() + ")");
    }
    String text = answerText(json);
    if (text == null) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, -1, "claude CLI result has no answer");
    }
    if (request.outputSchema() != null && !isJsonObject(text)) {
      throw new ReviewUnavailable(Reason.BAD_RESPONSE, -1, "claude CLI answer is not a JSON object");
    }
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    Double cost = json.get("total_cost_usd") instanceof Number n ? n.doubleValue() : null;
    return new MessagesResponse(stopReason.isEmpty() ? "end_turn" : stopReason, List.of(block),
        ResponseReader.usage(json), answeringModel(json, request.model()), cost);
  }

  /** The CLI's result object: all of stdout, else its last line (after a notice line); {@code null} if neither. */
  public static Map<String, Object> parseResultObject(String stdout) {
    String trimmed = stdout.strip();
    try {
      return Json.parseObject(trimmed);
    } catch (JsonException e) {
      // Some CLI builds print a notice line first; the result object is then the last line.
      int lastLine = trimmed.lastIndexOf('\n');
      if (lastLine < 0) {
        return null;
      }
      try {
        return Json.parseObject(trimmed.substring(lastLine + 1));
      } catch (JsonException again) {
        return null;
      }
    }
  }

  private static String answerText(Map<String, Object> json) {
    Object structured = json.get("structured_output");
    if (structured instanceof Map<?, ?> || structured instanceof List<?>) {
      return Json.write(structured);
    }
    Object result = json.get("result");
    return result instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  private static boolean isJsonObject(String text) {
    try {
      Json.parseObject(text);
      return true;
    } catch (JsonException e) {
      return false;
    }
  }

  /** The first model the CLI reports having used, else the requested one. */
  public static String answeringModel(Map<String, Object> json, String requested) {
    Map<String, Object> used = JsonView.object(json, "modelUsage");
    return used.isEmpty() ? requested : used.keySet().iterator().next();
  }
}

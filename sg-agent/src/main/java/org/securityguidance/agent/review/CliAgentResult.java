package org.securityguidance.agent.review;

import java.util.Map;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.CliResultReader;
import org.securityguidance.review.api.ResponseReader;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.ProcessResult;

/**
 * Reads the result object of {@code claude -p --output-format json} after an agentic run: the structured answer (or
 * the result text), turns, usage and the answering model. Running out of turns is an investigation without an answer;
 * any other error or an unreadable result is a {@link ReviewUnavailable} whose detail names codes, never content.
 */
final class CliAgentResult {
  private CliAgentResult() {}

  static Investigation read(ProcessResult result, String requestedModel) throws ReviewUnavailable {
    Map<String, Object> json = CliResultReader.parseResultObject(result.stdout());
    if (json == null) {
      throw new ReviewUnavailable(result.exitCode() != 0 ? Reason.CLI_FAILED : Reason.BAD_RESPONSE, -1,
          "agentic claude CLI printed no result object (exit " + result.exitCode() + ")");
    }
    if ("refusal".equals(JsonView.string(json, "stop_reason"))) {
      throw new ReviewUnavailable(Reason.REFUSAL, -1, "stop_reason=refusal");
    }
    String subtype = JsonView.string(json, "subtype");
    boolean outOfTurns = subtype.equals("error_max_turns");
    if (!outOfTurns && (result.exitCode() != 0 || JsonView.truthy(json, "is_error"))) {
      throw new ReviewUnavailable(Reason.CLI_FAILED, -1, "agentic claude CLI reported an error (subtype="
          + shortWord(subtype) + ", exit " + result.exitCode() + ")");
    }
    LoopStats stats = new LoopStats((int) Math.max(0, JsonView.number(json, "num_turns", 0)), Map.of(), 0,
        ResponseReader.usage(json), outOfTurns ? LoopStop.MAX_TURNS : LoopStop.END_TURN, false,
        result.elapsedMillis());
    String model = CliResultReader.answeringModel(json, requestedModel);
    return new Investigation(outOfTurns ? null : answer(json), stats, model);
  }

  /** The CLI's own cost figure, or {@code null}. */
  static Double reportedCost(ProcessResult result) {
    Map<String, Object> json = CliResultReader.parseResultObject(result.stdout());
    return json != null && json.get("total_cost_usd") instanceof Number n ? n.doubleValue() : null;
  }

  private static String answer(Map<String, Object> json) {
    Object structured = json.get("structured_output");
    if (structured instanceof Map<?, ?>) {
      return Json.write(structured);
    }
    Object text = json.get("result");
    return text instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** A short machine word from the CLI, or {@code unknown}: nothing free-form reaches the log. */
  private static String shortWord(String s) {
    if (s == null || s.isEmpty() || s.length() > 40) {
      return "unknown";
    }
    return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '_') ? s : "unknown";
  }
}

package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Turns the model's answer text into raw findings. Tolerates a wrapping code fence or a sentence around the JSON;
 * anything else malformed — no text, not JSON, no verdict flag, no findings array — is "review unavailable"
 * ({@link Reason#BAD_RESPONSE}), never "no findings" (spec llm-review §13.4). Error details name the problem, never
 * the content.
 */
public final class FindingParser {
  /** Items read from one reply; a real review never comes close, a runaway one must not cost unbounded work. */
  public static final int MAX_ITEMS = 100;
  static final int MAX_TEXT_CHARS = 2 * 1024 * 1024;

  private FindingParser() {}

  public static ParsedReply parse(String text) throws ReviewUnavailable {
    if (text == null || text.isBlank()) {
      throw bad("reply has no text");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw bad("reply text too long");
    }
    Map<String, Object> root = parseObject(text.strip());
    if (!(root.get("hasVulnerabilities") instanceof Boolean flag)) {
      throw bad("reply lacks the hasVulnerabilities verdict");
    }
    if (!(root.get("vulnerabilities") instanceof List<?> items)) {
      throw bad("reply lacks the vulnerabilities array");
    }
    List<RawFinding> findings = new ArrayList<>();
    for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
      findings.add(item(items.get(i)));
    }
    return new ParsedReply(flag, findings, Math.max(0, items.size() - MAX_ITEMS));
  }

  private static Map<String, Object> parseObject(String text) throws ReviewUnavailable {
    JsonException first = null;
    for (String candidate : candidates(text)) {
      try {
        return Json.parseObject(candidate);
      } catch (JsonException e) {
        first = first == null ? e : first;
      }
    }
    throw bad("reply is not a JSON object (" + (first == null ? "no object found" : first.getMessage()) + ")");
  }

  /** The text itself, then the inside of a leading code fence, then the outermost braces. */
  private static List<String> candidates(String text) {
    List<String> out = new ArrayList<>(3);
    out.add(text);
    if (text.startsWith("```")) {
      int bodyStart = text.indexOf('\n');
      int fenceEnd = text.lastIndexOf("```");
      if (bodyStart > 0 && fenceEnd > bodyStart) {
        out.add(text.substring(bodyStart + 1, fenceEnd).strip());
      }
    }
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    if (open >= 0 && close > open) {
      out.add(text.substring(open, close + 1));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static RawFinding item(Object value) {
    Map<String, Object> m = value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    long line = JsonView.number(m, "line", 0);
    return new RawFinding(
        JsonView.string(m, "filePath"),
        JsonView.string(m, "category"),
        JsonView.string(m, "severity"),
        JsonView.string(m, "vulnerableCode"),
        JsonView.string(m, "explanation"),
        JsonView.string(m, "fix"),
        line > 0 && line <= Integer.MAX_VALUE ? (int) line : 0);
  }

  private static ReviewUnavailable bad(String detail) {
    return new ReviewUnavailable(Reason.BAD_RESPONSE, 0, detail);
  }
}

package org.securityguidance.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * What the fake model answers to our plugin's own requests (plain JSON, not SSE), chosen from the request itself so
 * concurrent reviews cannot steal each other's replies: a request with tools is a step of the agentic commit review
 * (step n = the number of tool results it carries), one asking for {@code verdicts} is the agentic self-check, and
 * anything else is a single-shot review of a diff.
 */
final class ReviewerScript {
  private final List<FakeReply> agenticSteps = new ArrayList<>();
  private FakeReply singleShot = verdict(List.of());
  private FakeReply everyReply;

  /** The single-shot review (Stop hook, or the commit review's fallback) answers with these findings. */
  ReviewerScript singleShotFinds(List<Map<String, Object>> findings) {
    singleShot = verdict(findings);
    return this;
  }

  /** The agentic reviewer first calls these tools, one per turn, then answers with {@code findings}. */
  ReviewerScript agentic(List<Map<String, Object>> toolCalls, List<Map<String, Object>> findings) {
    agenticSteps.clear();
    for (int i = 0; i < toolCalls.size(); i++) {
      Map<String, Object> call = toolCalls.get(i);
      agenticSteps.add(FakeReply.message("tool_use", List.of(FakeReply.textBlock("Looking."),
          Map.of("type", "tool_use", "id", "toolu_rev" + i, "name", call.get("name"), "input", call.get("input"))),
          FakeReply.usage(900, 40, 0, 0)));
    }
    agenticSteps.add(verdict(findings));
    return this;
  }

  /** Every plugin request gets this reply (an outage: 500, 429, ...). */
  ReviewerScript failWith(FakeReply reply) {
    everyReply = reply;
    return this;
  }

  /** The reply for one request of the plugin. */
  FakeReply answer(RecordedRequest request) {
    if (everyReply != null) {
      return everyReply;
    }
    Map<String, Object> body = request.json();
    if (!JsonView.array(body, "tools").isEmpty()) {
      int step = toolResults(body);
      return step < agenticSteps.size() ? agenticSteps.get(step) : verdict(List.of());
    }
    if (request.body().contains("\"verdicts\"")) {
      return FakeReply.messageWithJson(Map.of("verdicts", List.of()));
    }
    return singleShot;
  }

  /** A tool-call request for the agentic reviewer's {@code Read} tool. */
  static Map<String, Object> read(String path) {
    return Map.of("name", "Read", "input", Map.of("file_path", path));
  }

  /** One finding in the structured-output shape the plugin's reviewers expect. */
  static Map<String, Object> finding(String path, int line, String category, String code, String why) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("filePath", path);
    v.put("line", (long) line);
    v.put("category", category);
    v.put("severity", "high");
    v.put("vulnerableCode", code);
    v.put("explanation", why);
    v.put("fix", "pass the value as a bound query parameter");
    return v;
  }

  private static FakeReply verdict(List<Map<String, Object>> findings) {
    return FakeReply.messageWithJson(Map.of("hasVulnerabilities", !findings.isEmpty(), "vulnerabilities", findings));
  }

  private static int toolResults(Map<String, Object> body) {
    int n = 0;
    for (Object message : JsonView.array(body, "messages")) {
      if (message instanceof Map<?, ?> m && m.get("content") instanceof List<?> blocks) {
        for (Object block : blocks) {
          if (block instanceof Map<?, ?> b && "tool_result".equals(b.get("type"))) {
            n++;
          }
        }
      }
    }
    return n;
  }
}

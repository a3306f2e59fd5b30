package org.securityguidance.agent.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.Usage;

/** Builders for scripted model replies: tool calls, text, findings answers and self-check verdicts. */
public final class Replies {
  public static final String MODEL = "claude-test-model";

  private Replies() {}

  public static Map<String, Object> toolUse(String id, String name, Map<String, Object> input) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "tool_use");
    block.put("id", id);
    block.put("name", name);
    block.put("input", input);
    return block;
  }

  public static Map<String, Object> text(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }

  /** An assistant turn that calls the given tools (optionally after some text). */
  public static MessagesResponse toolTurn(Usage usage, List<Map<String, Object>> uses) {
    List<Map<String, Object>> content = new ArrayList<>();
    content.add(text("Looking at the code."));
    content.addAll(uses);
    return new MessagesResponse("tool_use", content, usage, MODEL);
  }

  public static MessagesResponse endTurn(String text, Usage usage) {
    return new MessagesResponse("end_turn", List.of(text(text)), usage, MODEL);
  }

  /** A findings answer as JSON text. */
  public static String findings(List<Map<String, Object>> vulnerabilities) {
    return Json.write(Map.of("hasVulnerabilities", !vulnerabilities.isEmpty(), "vulnerabilities", vulnerabilities));
  }

  public static Map<String, Object> vuln(String path, long line, String category, String severity, String code) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("filePath", path);
    v.put("line", line);
    v.put("category", category);
    v.put("severity", severity);
    v.put("vulnerableCode", code);
    v.put("explanation", "The id from the request reaches the query unchecked.");
    v.put("fix", "Check ownership before loading the record.");
    return v;
  }

  /** A self-check answer with one verdict per entry: {index, refuted, file, code}. */
  public static String verdicts(List<Object[]> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object[] e : entries) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("index", ((Number) e[0]).longValue());
      v.put("refuted", e[1]);
      v.put("reason", "scripted");
      v.put("evidenceFile", e[2]);
      v.put("evidenceCode", e[3]);
      out.add(v);
    }
    return Json.write(Map.of("verdicts", out));
  }

  public static Usage usage(long in, long out) {
    return new Usage(in, out, 0, 0);
  }
}

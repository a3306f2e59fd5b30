package org.securityguidance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.rules.Rule;

/**
 * The listing of {@code security-guidance rules}: an aligned text table or a JSON document
 * ({@code {"format": "security-guidance/rules/v1", "rules": [{"id", "name", "severity", "title", "cwe"}]}}).
 */
public final class RulesReport {
  static final String FORMAT = "security-guidance/rules/v1";

  private RulesReport() {}

  /** Renders {@code rules} as text or JSON; other formats are refused by the caller. */
  public static String render(List<Rule> rules, ReportFormat format) {
    return format == ReportFormat.JSON ? json(rules) : text(rules);
  }

  static String text(List<Rule> rules) {
    int nameWidth = "NAME".length();
    for (Rule r : rules) {
      nameWidth = Math.max(nameWidth, r.name().length());
    }
    StringBuilder out = new StringBuilder();
    row(out, "ID", "NAME", nameWidth, "SEVERITY", "TITLE");
    for (Rule r : rules) {
      row(out, String.valueOf(r.id()), r.name(), nameWidth, r.severity().wireName(), r.title());
    }
    return out.append(rules.size()).append(rules.size() == 1 ? " rule\n" : " rules\n").toString();
  }

  private static void row(StringBuilder out, String id, String name, int nameWidth, String severity, String title) {
    out.append(" ".repeat(Math.max(0, 3 - id.length()))).append(id).append("  ")
        .append(name).append(" ".repeat(nameWidth - name.length())).append("  ")
        .append(severity).append(" ".repeat(Math.max(0, 8 - severity.length()))).append("  ")
        .append(title).append('\n');
  }

  static String json(List<Rule> rules) {
    List<Object> list = new ArrayList<>();
    for (Rule r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("name", r.name());
      m.put("severity", r.severity().wireName());
      m.put("title", r.title());
      m.put("cwe", r.cwe() == null ? "" : r.cwe());
      list.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("rules", list);
    return PrettyJson.write(doc);
  }
}

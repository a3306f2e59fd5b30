package org.securityguidance.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Rule;

/** The {@code tool.driver.rules[]} entries of a SARIF run: one reportingDescriptor per active rule. */
final class SarifRules {
  /** GitHub truncates long descriptions; a short first paragraph reads better in the alert list. */
  private static final int FULL_DESCRIPTION_MAX = 1000;

  private SarifRules() {}

  static Map<String, Object> descriptor(Rule rule) {
    String reminder = reminderOf(rule);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", rule.name());
    d.put("name", rule.name());
    d.put("shortDescription", text(rule.title()));
    d.put("fullDescription", text(firstParagraph(reminder, rule.title())));
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", reminder.isEmpty() ? rule.title() : reminder);
    help.put("markdown", reminder.isEmpty() ? rule.title() : reminder);
    d.put("help", help);
    d.put("defaultConfiguration", Map.of("level", level(rule.severity())));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("security-severity", String.format(Locale.ROOT, "%.1f", rule.severity().securityScore()));
    properties.put("tags", CweTags.tagsFor(rule));
    d.put("properties", properties);
    return d;
  }

  /** SARIF result level: GitHub maps {@code error}/{@code warning}/{@code note} to its alert severities. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  static Map<String, Object> text(String text) {
    return Map.of("text", text);
  }

  private static String reminderOf(Rule rule) {
    String reminder = rule.reminder();
    return reminder == null ? "" : reminder.strip();
  }

  /** The reminder's first prose paragraph (headings skipped), capped; the title when there is none. */
  static String firstParagraph(String reminder, String fallback) {
    for (String paragraph : reminder.split("\\R\\s*\\R")) {
      String p = paragraph.strip().replaceAll("(?m)^#{1,6}\\s[^\\n]{0,200}\\n?", "").strip();
      if (!p.isEmpty()) {
        return p.length() <= FULL_DESCRIPTION_MAX ? p : p.substring(0, FULL_DESCRIPTION_MAX - 1) + "\u2026";
      }
    }
    return fallback;
  }

  static List<Map<String, Object>> all(List<Rule> rules) {
    return rules.stream().map(SarifRules::descriptor).toList();
  }
}

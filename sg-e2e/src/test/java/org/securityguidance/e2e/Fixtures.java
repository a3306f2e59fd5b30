package org.securityguidance.e2e;

import java.util.List;
import java.util.Map;

/** Files the scripted model writes, and the finding the scripted reviewer reports about them. */
final class Fixtures {
  /** An injectable SQL helper that no pattern rule matches: only an LLM review can find it. */
  static final String REPORT_PY = """
      def build_filter(column, value):
          return column + " = '" + value + "'"


      def run_report(cursor, column, value):
          clause = build_filter(column, value)
          cursor.execute(clause_prefix() + clause)


      def clause_prefix():
          return "SELECT id, total FROM invoices WHERE "
      """;
  static final String REPORT_PATH = "reports/report.py";
  static final String SINK = "cursor.execute(clause_prefix() + clause)";
  /** How the plugin shows the finding to the model. */
  static final String DELIVERED = "[HIGH] sql_injection in " + REPORT_PATH + ":7";

  private Fixtures() {}

  static List<Map<String, Object>> sqlFinding() {
    return List.of(ReviewerScript.finding(REPORT_PATH, 7, "sql_injection", SINK,
        "the caller's value is pasted into the WHERE clause"));
  }
}

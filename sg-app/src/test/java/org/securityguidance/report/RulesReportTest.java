package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.rules.Rule;

class RulesReportTest {
  private static final List<Rule> RULES = List.copyOf(ReportFixture.RULES);

  @Test
  void textIsAnAlignedTableWithACount() {
    assertThat(RulesReport.render(RULES, ReportFormat.TEXT)).isEqualTo("""
         ID  NAME                     SEVERITY  TITLE
          1  github_actions_workflow  medium    Title of github_actions_workflow
          4  eval_injection           high      Title of eval_injection
          8  pickle_deserialization   critical  Title of pickle_deserialization
         30  sql_string_concat        low       Title of sql_string_concat
         -1  user:no-md5              medium    no-md5
        5 rules
        """);
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonListsEveryRuleWithItsFields() {
    Map<String, Object> doc = Json.parseObject(RulesReport.render(RULES, ReportFormat.JSON));
    assertThat(doc.get("format")).isEqualTo("security-guidance/rules/v1");
    List<Map<String, Object>> rules = (List<Map<String, Object>>) doc.get("rules");
    assertThat(rules).hasSize(5);
    assertThat(rules.get(1)).isEqualTo(Map.of("id", 4L, "name", "eval_injection", "severity", "high",
        "title", "Title of eval_injection", "cwe", "CWE-95"));
  }
}

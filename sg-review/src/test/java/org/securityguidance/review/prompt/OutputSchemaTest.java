package org.securityguidance.review.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {
  @Test
  @SuppressWarnings("unchecked")
  void everyObjectIsClosedAndRequiresAllItsProperties() {
    Map<String, Object> root = OutputSchema.singleShot();
    assertStrict(root);
    assertThat((List<Object>) root.get("required")).containsExactly("hasVulnerabilities", "vulnerabilities");
    Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) root
        .get("properties")).get("vulnerabilities")).get("items");
    assertStrict(item);
    assertThat((List<Object>) item.get("required")).containsExactlyInAnyOrder(
        "filePath", "line", "category", "severity", "vulnerableCode", "explanation", "fix");
    Map<String, Object> severity = (Map<String, Object>) ((Map<String, Object>) item.get("properties")).get("severity");
    assertThat((List<Object>) severity.get("enum")).containsExactly("critical", "high", "medium", "low");
  }

  @Test
  void eachCallGetsItsOwnCopy() {
    Map<String, Object> a = OutputSchema.singleShot();
    a.clear();
    assertThat(OutputSchema.singleShot()).containsKey("properties");
  }

  @SuppressWarnings("unchecked")
  private static void assertStrict(Map<String, Object> object) {
    assertThat(object).containsEntry("type", "object").containsEntry("additionalProperties", false);
    assertThat((List<Object>) object.get("required"))
        .containsExactlyInAnyOrderElementsOf(((Map<String, Object>) object.get("properties")).keySet());
  }
}

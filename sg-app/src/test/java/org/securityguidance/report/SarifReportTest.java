package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.testing.Golden;
import org.securityguidance.testing.TempTree;

class SarifReportTest {
  @TempDir Path tmp;

  /** The scan root's absolute URI is the only machine-specific byte; the golden files spell it as a token. */
  private static String render(ScanResult result) {
    String sarif = new SarifReport("9.9.9-test").render(result);
    return sarif.replace(SarifUris.directory(result.root()), "file:///SCAN_ROOT/");
  }

  @Test
  void mixedTreeMatchesGoldenFile() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    Golden.assertMatches("sarif/mixed.sarif", render(ReportFixture.scan(tmp)));
  }

  @Test
  void cleanTreeMatchesGoldenFile() throws Exception {
    TempTree.write(tmp, "ok.py", "print('hello')\n");
    Golden.assertMatches("sarif/clean.sarif", render(ReportFixture.scan(tmp)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFieldCodeScanningNeedsIsPresent() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    ScanResult result = ReportFixture.scan(tmp);
    Map<String, Object> doc = Json.parseObject(new SarifReport("1.2.3").render(result));
    assertThat(doc.get("$schema")).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(doc.get("version")).isEqualTo("2.1.0");
    List<Object> runs = (List<Object>) doc.get("runs");
    assertThat(runs).hasSize(1);
    Map<String, Object> run = (Map<String, Object>) runs.get(0);
    Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
    assertThat(driver).containsEntry("name", "security-guidance").containsEntry("version", "1.2.3")
        // No informationUri: the project has no public page, and pointing at the original plugin would mislead.
        .doesNotContainKey("informationUri");
    List<Map<String, Object>> rules = (List<Map<String, Object>>) (List<?>) driver.get("rules");
    assertThat(rules).extracting(r -> r.get("id"))
        .containsExactly("github_actions_workflow", "eval_injection", "pickle_deserialization", "sql_string_concat",
            "user:no-md5");
    for (Map<String, Object> rule : rules) {
      assertThat(rule).containsKeys("name", "shortDescription", "fullDescription", "help");
      Map<String, Object> props = (Map<String, Object>) rule.get("properties");
      assertThat((String) props.get("security-severity")).matches("\\d{1,2}\\.\\d");
      assertThat((List<Object>) props.get("tags")).contains("security");
    }
    assertThat(rules.get(1).get("properties").toString()).contains("external/cwe/cwe-095");
    Map<String, Object> base = (Map<String, Object>) ((Map<String, Object>) run.get("originalUriBaseIds"))
        .get("%SRCROOT%");
    assertThat((String) base.get("uri")).startsWith("file:///").endsWith("/");

    List<Map<String, Object>> results = (List<Map<String, Object>>) (List<?>) run.get("results");
    assertThat(results).hasSize(result.findings().size()).isNotEmpty();
    for (Map<String, Object> r : results) {
      int index = ((Number) r.get("ruleIndex")).intValue();
      assertThat(rules.get(index).get("id")).isEqualTo(r.get("ruleId"));
      assertThat((String) r.get("level")).isIn("error", "warning", "note");
      assertThat(((Map<String, Object>) r.get("message")).get("text")).isInstanceOf(String.class);
      Map<String, Object> physical = (Map<String, Object>) ((Map<String, Object>)
          ((List<Object>) r.get("locations")).get(0)).get("physicalLocation");
      Map<String, Object> artifact = (Map<String, Object>) physical.get("artifactLocation");
      assertThat(artifact.get("uriBaseId")).isEqualTo("%SRCROOT%");
      assertThat((String) artifact.get("uri")).doesNotStartWith("/").doesNotContain(" ", "\\");
      Map<String, Object> region = (Map<String, Object>) physical.get("region");
      assertThat(((Number) region.get("startLine")).intValue()).isPositive();
      assertThat(((Number) region.get("startColumn")).intValue()).isPositive();
      assertThat((Map<String, Object>) r.get("partialFingerprints")).containsKey("sgLineHash/v1");
    }
    assertThat(results).extracting(r -> r.toString())
        .anySatisfy(s -> assertThat(s).contains("web/dir%20with%20space/%C3%BCber.js"));
  }

  @Test
  void noSourceTextIsEmbedded() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    String sarif = new SarifReport("1").render(ReportFixture.scan(tmp));
    assertThat(sarif).doesNotContain("pickle.loads(data)", "snippet", "contextRegion", "SELECT *");
  }
}

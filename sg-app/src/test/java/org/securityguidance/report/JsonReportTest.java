package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.scan.ScanResult;

class JsonReportTest {
  @TempDir Path tmp;

  @Test
  @SuppressWarnings("unchecked")
  void documentHasTheDocumentedShape() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    ScanResult result = ReportFixture.scan(tmp);
    Map<String, Object> doc = Json.parseObject(new JsonReport("2.0.0").render(result));
    assertThat(doc.keySet()).containsExactly("format", "tool", "root", "findings", "summary");
    assertThat(doc.get("format")).isEqualTo("security-guidance/scan/v1");
    assertThat(doc.get("tool")).isEqualTo(Map.of("name", "security-guidance", "version", "2.0.0"));
    assertThat(doc.get("root")).isEqualTo(result.root().toString());

    List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
    assertThat(findings).hasSize(7);
    Map<String, Object> sql = findings.get(3);
    assertThat(sql.keySet()).containsExactly("path", "line", "column", "end_line", "end_column", "rule", "rule_id",
        "severity", "title", "fingerprint");
    assertThat(sql).containsEntry("path", "app/q.java").containsEntry("line", 1L).containsEntry("column", 13L)
        .containsEntry("end_line", 2L).containsEntry("end_column", 6L).containsEntry("rule", "sql_string_concat")
        .containsEntry("rule_id", 30L).containsEntry("severity", "low");
    assertThat((String) sql.get("fingerprint")).matches("[0-9a-f]{16}:1");
    assertThat(findings.get(6)).containsEntry("rule_id", -1L).containsEntry("rule", "user:no-md5");

    Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
    assertThat(summary).containsEntry("findings", 7L).containsEntry("files_listed", 6L)
        .containsEntry("files_scanned", 5L).containsEntry("files_failed", 0L).containsKey("elapsed_ms");
    assertThat(summary.get("by_severity"))
        .isEqualTo(Map.of("critical", 1L, "high", 3L, "medium", 2L, "low", 1L));
    assertThat(summary.get("skipped"))
        .isEqualTo(Map.of("binary", 1L, "too_large", 0L, "unreadable", 0L, "not_regular", 0L));
  }

  @Test
  void nonAsciiPathsAreEscapedSoTheOutputIsAscii() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    String json = new JsonReport("1").render(ReportFixture.scan(tmp));
    assertThat(json).contains("\\u00fcber.js").matches("\\A\\p{ASCII}*\\z");
  }
}

package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.testing.TempTree;

class TextReportTest {
  @TempDir Path tmp;

  private static ScanResult fixedTime(ScanResult r) {
    return new ScanResult(r.root(), r.rules(), r.findings(), r.stats(), r.failures(), Duration.ofMillis(1234));
  }

  @Test
  void oneLinePerFindingInReportOrderThenASummary() throws Exception {
    ReportFixture.writeMixedTree(tmp);
    String text = new TextReport().render(fixedTime(ReportFixture.scan(tmp)));
    assertThat(text).isEqualTo("""
        .github/workflows/ci.yml:1:1: [medium] github_actions_workflow \u2014 Title of github_actions_workflow
        app/main.py:2:5: [critical] pickle_deserialization \u2014 Title of pickle_deserialization
        app/main.py:3:9: [high] eval_injection \u2014 Title of eval_injection
        app/q.java:1:13: [low] sql_string_concat \u2014 Title of sql_string_concat
        web/dir with space/\u00fcber.js:1:1: [high] eval_injection \u2014 Title of eval_injection
        web/dir with space/\u00fcber.js:1:10: [high] eval_injection \u2014 Title of eval_injection
        web/dir with space/\u00fcber.js:2:11: [medium] user:no-md5 \u2014 no-md5
        7 findings (1 critical, 3 high, 2 medium, 1 low) in 5 files (0.0 MB) in 1.23 s; skipped 1 binary
        """);
  }

  @Test
  void cleanScanSaysSo() throws Exception {
    TempTree.write(tmp, "a.txt", "fine");
    assertThat(new TextReport().render(fixedTime(ReportFixture.scan(tmp))))
        .isEqualTo("No findings in 1 file (0.0 MB) in 1.23 s\n");
  }
}

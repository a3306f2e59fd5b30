package org.securityguidance.review.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.testing.Diffs;

class VerifierTest {
  static final String SHELL = "subprocess.call('ls ' + user, shell=True)";
  static final String INNER = "el.innerHTML = html;";
  final List<String> log = new ArrayList<>();

  static RawFinding raw(String path, String category, String severity, String code) {
    return new RawFinding(path, category, severity, code, "because", "do this", 0);
  }

  Verification verify(List<RawFinding> raw, List<Finding> previous) {
    return Verifier.verify(raw, 0, Diffs.BOTH, previous, p -> Optional.empty(), log::add);
  }

  @Test
  void lowAndUnanchoredFindingsAreDroppedAndCounted() {
    Verification v = verify(List.of(
        raw("app.py", "Command Injection", "high", SHELL),
        raw("app.py", "Hardening", "low", SHELL),
        raw("app.py", "SQL Injection", "critical", "cursor.execute('SELECT ' + q)"),
        raw("nowhere.py", "XSS", "high", INNER)), List.of());
    assertThat(v.findings()).extracting(Finding::category).containsExactly("command_injection");
    assertThat(v.counts()).isEqualTo(new VerifyCounts(4, 1, 2, 0));
    assertThat(log).singleElement().asString().contains("CODE_NOT_FOUND=1").contains("FILE_NOT_REVIEWED=1")
        .doesNotContain("cursor.execute");
  }

  @Test
  void findingsComeOutBySeverityThenFileThenLine() {
    Verification v = verify(List.of(
        raw("web/util.js", "xss", "medium", INNER),
        raw("app.py", "sensitive_data_exposure", "medium", "return 'ok'"),
        raw("app.py", "command_injection", "medium", "user = request.args['user']"),
        raw("web/util.js", "xss", "critical", "export function show(el, html) {")), List.of());
    assertThat(v.findings()).extracting(f -> f.severity() + " " + f.filePath() + ":" + f.line()).containsExactly(
        "CRITICAL web/util.js:1", "MEDIUM app.py:5", "MEDIUM app.py:7", "MEDIUM web/util.js:3");
  }

  @Test
  void theSameQuoteTwiceKeepsTheMostSevereAndDifferentBugsOfOneCategoryBothSurvive() {
    Verification v = verify(List.of(
        raw("app.py", "command_injection", "medium", SHELL),
        raw("app.py", "Command Injection", "high", "  " + SHELL),
        raw("app.py", "command_injection", "high", "user = request.args['user']")), List.of());
    assertThat(v.findings()).extracting(Finding::vulnerableCode, Finding::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("user = request.args['user']", Severity.HIGH),
        org.assertj.core.groups.Tuple.tuple("  " + SHELL, Severity.HIGH));
    assertThat(v.counts().deduped()).isEqualTo(1);
  }

  @Test
  void aReflagOfUnchangedCodeIsDroppedButAReflagOfChangedCodePasses() {
    List<Finding> previous = List.of(Diffs.previous("app.py", "Command Injection", SHELL));
    assertThat(verify(List.of(raw("app.py", "command_injection", "high", SHELL)), previous).findings()).isEmpty();
    assertThat(verify(List.of(raw("app.py", "command_injection", "high", "user = request.args['user']")), previous)
        .findings()).hasSize(1);
  }

  @Test
  void sameKeyDropsByFileAndCanonicalCategoryOnly() {
    Finding mine = new Finding("app.py", "command_injection", Severity.HIGH, SHELL, "", "", 6);
    Finding other = new Finding("app.py", "xss", Severity.HIGH, SHELL, "", "", 6);
    assertThat(Dedupe.sameKey(List.of(Diffs.previous("app.py", "OS Command Injection", "anything")),
        List.of(mine, other))).containsExactly(other);
  }

  @Test
  void itemsPastTheParserCapCountAsUnanchored() {
    Verification v = Verifier.verify(List.of(), 5, Diffs.BOTH, List.of(), p -> Optional.empty(), log::add);
    assertThat(v.counts()).isEqualTo(new VerifyCounts(5, 0, 5, 0));
  }
}

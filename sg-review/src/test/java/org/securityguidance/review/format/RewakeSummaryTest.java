package org.securityguidance.review.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;

class RewakeSummaryTest {
  static Finding f(String category, String path, Severity s) {
    return new Finding(path, category, s, "code", "", "", 1);
  }

  @Test
  void oneFindingIsPrefixColonItem() {
    assertThat(RewakeSummary.render(RewakeSummary.STOP_PREFIX, List.of(f("command_injection", "app.py", Severity.HIGH))))
        .isEqualTo("Background security review found: command_injection in app.py");
  }

  @Test
  void fiveFindingsShowThreeAndCountTheRest() {
    String s = RewakeSummary.render(RewakeSummary.STOP_PREFIX, List.of(
        f("e", "v.py", Severity.MEDIUM), f("d", "w.py", Severity.MEDIUM), f("c", "z.py", Severity.HIGH),
        f("b", "y.py", Severity.HIGH), f("a", "x.py", Severity.CRITICAL)));
    assertThat(s).isEqualTo("Background security review found 5 issues: a in x.py; b in y.py; c in z.py; +2 more");
  }

  @Test
  void itemsAreAddedOnlyWhileTheLineFitsInTheBudget() {
    String longPath = "src/" + "deep/".repeat(14) + "handler.py";
    List<Finding> findings = List.of(f("a", longPath, Severity.HIGH), f("b", longPath, Severity.HIGH),
        f("c", longPath, Severity.HIGH), f("d", "x.py", Severity.LOW));
    String s = RewakeSummary.render(RewakeSummary.COMMIT_PREFIX, findings);
    assertThat(s).startsWith("Commit security review found 4 issues: a in src/").endsWith("; +2 more");
    assertThat(s.length()).isLessThanOrEqualTo(RewakeSummary.MAX_CHARS);
  }

  @Test
  void anOverlongFirstItemIsShortenedNotDropped() {
    String s = RewakeSummary.render(RewakeSummary.PUSH_PREFIX, List.of(
        f("xss", "p/".repeat(300) + "a.js", Severity.HIGH), f("csrf", "b.js", Severity.MEDIUM)));
    assertThat(s).startsWith("Push security review found 2 issues: xss in p/p/").endsWith("\u2026; +1 more");
    assertThat(s.length()).isEqualTo(RewakeSummary.MAX_CHARS);
  }

  @Test
  void emptyFieldsReadAsIssueAndQuestionMarkAndNewlinesAreFlattened() {
    assertThat(RewakeSummary.render("P", List.of(f("", "", Severity.HIGH)))).isEqualTo("P: issue in ?");
    assertThat(RewakeSummary.render("P", List.of(f("x\ny", "a\nb", Severity.HIGH)))).isEqualTo("P: x y in a b");
    assertThat(RewakeSummary.render("P", List.of())).isEmpty();
  }
}

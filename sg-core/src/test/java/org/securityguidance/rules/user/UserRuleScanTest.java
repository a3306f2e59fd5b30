package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.ScanText;

class UserRuleScanTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private UserRule rule(List<String> substrings, String regex) {
    return new UserRule("r", "reminder", Severity.HIGH, substrings, regex == null ? null : UserRegex.compile(regex),
        PathGate.ALL, Path.of("f.json"), log::add);
  }

  private static List<Match> scan(UserRule rule, String text, boolean firstOnly) {
    List<Match> out = new ArrayList<>();
    rule.scan(new ScanText("a/b.py", text), firstOnly, out);
    return out;
  }

  private static List<String> spans(List<Match> matches) {
    return matches.stream().map(m -> m.line() + ":" + m.column() + "+" + m.length()).toList();
  }

  @Test
  void firstOnlyPrefersTheEarliestSubstringThenTheRegex() {
    UserRule rule = rule(List.of("zz", "yy"), "x+");
    assertThat(spans(scan(rule, "xx yy zz", true))).containsExactly("1:4+2");
    assertThat(spans(scan(rule, "a\n  xxx", true))).containsExactly("2:3+3");
    assertThat(scan(rule, "nothing", true)).isEmpty();
  }

  @Test
  void allMatchesAreSortedAndDeduplicated() {
    UserRule rule = rule(List.of("ab", "b"), "ab");
    assertThat(spans(scan(rule, "ab\nxab b", false))).containsExactly("1:1+2", "1:2+1", "2:2+2", "2:3+1", "2:5+1");
    assertThat(scan(rule, "ab", false)).allSatisfy(m -> assertThat(m.rule()).isSameAs(rule));
  }

  @Test
  void substringsArePlainAndCaseSensitive() {
    UserRule rule = rule(List.of("a.b("), null);
    assertThat(scan(rule, "axb(", true)).isEmpty();
    assertThat(scan(rule, "A.B(", true)).isEmpty();
    assertThat(scan(rule, "a.b(", true)).hasSize(1);
  }

  @Test
  void emptyContentNeverMatchesEvenAnEmptyRegex() {
    assertThat(scan(rule(List.of(), "x*"), "", true)).isEmpty();
    assertThat(scan(rule(List.of(), "x*"), "abc", true)).hasSize(1);
  }

  @Test
  void aMatchEverythingRuleIsCappedPerFile() {
    assertThat(scan(rule(List.of("a"), "a*"), "a".repeat(5000), false)).hasSize(UserRule.MAX_MATCHES);
  }

  @Test
  void describesItselfAsAUserRule() {
    UserRule rule = rule(List.of("s"), "x");
    assertThat(rule.id()).isEqualTo(-1);
    assertThat(rule.name()).isEqualTo("user:r");
    assertThat(rule.title()).isEqualTo("r");
    assertThat(rule.severity()).isEqualTo(Severity.HIGH);
    assertThat(rule.reminder()).isEqualTo("reminder");
    assertThat(rule.appliesTo("x/y.z")).isTrue();
  }

  /** Guard test with a generous timeout: catastrophic-backtracking shapes stay linear on RE2/J. */
  @Test
  @Timeout(30)
  void adversarialMegabyteInputsFinish() {
    String text = "a".repeat(1_000_000);
    for (String regex : new String[] {"(a+)+b", "(a|aa)*c", "(.*a){20}b", "(x+x+)+y"}) {
      UserRule rule = rule(List.of(), regex).withBudget(Duration.ofSeconds(20).toNanos());
      assertThat(scan(rule, text, true)).as(regex).isEmpty();
      assertThat(scan(rule, text + "\n", false)).as(regex).isEmpty();
    }
    assertThat(log).isEmpty();
  }

  @Test
  void aSpentBudgetStopsTheSearchAndLogsWithoutContent() {
    UserRule rule = rule(List.of(), "[a-z]{400}b").withBudget(0);
    assertThat(scan(rule, "a".repeat(200_000), false)).isEmpty();
    assertThat(log).singleElement().asString().contains("rule 'r': regex search stopped").contains("a/b.py")
        .doesNotContain("aaaa");
  }
}

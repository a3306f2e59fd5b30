package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline {@code sg-allow:} comments silence single matches of any rule, on the same line or the line above. */
class SuppressionTest {
  private final RuleSet rules = RuleSet.builtin();

  private List<String> hook(String path, String code) {
    return rules.firstMatches(path, code).stream().map(m -> m.rule().name()).toList();
  }

  private List<Integer> scanLines(String path, String code) {
    return rules.allMatches(path, code).stream().map(Match::line).toList();
  }

  @Test
  void aCommentOnTheSameLineSilencesTheNamedRule() {
    assertThat(hook("src/a.py", "r = eval(expr)  # sg-allow: eval_injection (expr is our config)")).isEmpty();
  }

  @Test
  void aCommentOnTheLineAboveSilencesTheNextLineOnly() {
    String code = "// sg-allow: innerHTML_xss\nel.innerHTML = a;\nel.innerHTML = b;\n";
    assertThat(scanLines("web/a.js", code)).containsExactly(3);
    assertThat(hook("web/a.js", code)).containsExactly("innerHTML_xss");
  }

  @Test
  void twoLinesAboveIsTooFar() {
    assertThat(hook("src/a.py", "# sg-allow: eval_injection\n\nr = eval(expr)")).containsExactly("eval_injection");
  }

  @Test
  void listsAndAllAreAccepted() {
    String both = "data = pickle.loads(eval(x))  # sg-allow: eval_injection, pickle_deserialization";
    assertThat(hook("src/a.py", both)).isEmpty();
    assertThat(hook("src/a.py", "data = pickle.loads(eval(x))  # sg-allow: all")).isEmpty();
    assertThat(hook("src/a.py", "data = pickle.loads(eval(x))  # sg-allow: eval_injection"))
        .containsExactly("pickle_deserialization");
  }

  @Test
  void otherRuleNamesDoNotSilence() {
    assertThat(hook("src/a.py", "r = eval(expr)  # sg-allow: innerHTML_xss")).containsExactly("eval_injection");
  }

  @Test
  void theMarkerInsideAStringDoesNotCount() {
    assertThat(hook("src/a.py", "r = eval(expr + '# sg-allow: eval_injection')")).containsExactly("eval_injection");
  }

  @Test
  void inFilesWithoutKnownCommentSyntaxAnyOccurrenceCounts() {
    assertThat(hook("scripts/tool", "r = eval(expr) sg-allow: eval_injection")).isEmpty();
  }

  @Test
  void userRulesCanBeNamedWithOrWithoutTheirPrefix() {
    Rule user = new FakeRule("user:no_todo", "TODO");
    RuleSet set = RuleSet.of(List.of(user), RegexGuard.DEFAULT_BUDGET_NANOS);
    assertThat(set.firstMatches("a.py", "x = 1  # TODO sg-allow: no_todo")).isEmpty();
    assertThat(set.firstMatches("a.py", "x = 1  # TODO sg-allow: user:no_todo")).isEmpty();
    assertThat(set.firstMatches("a.py", "x = 1  # TODO")).hasSize(1);
  }
}

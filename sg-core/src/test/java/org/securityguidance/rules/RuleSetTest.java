package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API other packages build on: ordering, composition, path normalisation. */
class RuleSetTest {
  private final RuleSet builtin = RuleSet.builtin();

  @Test
  void builtinIsCachedAndOrderedById() {
    assertThat(RuleSet.builtin()).isSameAs(builtin);
    assertThat(builtin.rules().get(0).name()).isEqualTo("github_actions_workflow");
  }

  @Test
  void firstMatchesReportsEachRuleOnceInListOrder() {
    String code = "x = eval(a)\ny = pickle.loads(b)\nz = eval(c)\nos.system(cmd)\n";
    List<Match> ms = builtin.firstMatches("src/app.py", code);
    assertThat(ms).extracting(m -> m.rule().name())
        .containsExactly("eval_injection", "pickle_deserialization", "os_system_injection");
    assertThat(ms.get(0).line()).isEqualTo(1);
    assertThat(ms.get(0).column()).isEqualTo(5);
  }

  @Test
  void allMatchesReportsEveryLocationByOffset() {
    String code = "y = pickle.loads(eval(b))\nz = eval(c)\n";
    assertThat(builtin.allMatches("src/app.py", code))
        .extracting(m -> m.rule().name() + "@" + m.line() + ":" + m.column())
        .containsExactly("pickle_deserialization@1:5", "eval_injection@1:18", "eval_injection@2:5");
  }

  @Test
  void withoutDropsNamedRules() {
    RuleSet fewer = builtin.without(List.of("eval_injection", "no_such_rule"));
    assertThat(fewer.rules()).hasSize(builtin.rules().size() - 1);
    assertThat(fewer.firstMatches("a.py", "eval(x)")).isEmpty();
  }

  @Test
  void extraRulesComeAfterTheBuiltins() {
    RuleSet more = builtin.withExtraRules(List.of(new FakeRule("user:word", "eval")));
    assertThat(more.firstMatches("a.py", "eval(x)")).extracting(m -> m.rule().name())
        .containsExactly("eval_injection", "user:word");
    assertThat(more.rules().get(more.rules().size() - 1).id()).isEqualTo(-1);
  }

  @Test
  void extensionsMatchCaseInsensitively() {
    assertThat(builtin.firstMatches("web/A.JS", "el.innerHTML = x;")).extracting(m -> m.rule().name())
        .containsExactly("innerHTML_xss");
  }

  @Test
  void nullAndEmptyContentAreSafe() {
    assertThat(builtin.firstMatches(".github/workflows/ci.yml", "")).isEmpty();
    assertThat(builtin.allMatches("a.py", null)).isEmpty();
    assertThat(builtin.firstMatches(null, "eval(x)")).extracting(m -> m.rule().name()).contains("eval_injection");
  }

  @Test
  void pathsAreNormalisedOnce() {
    assertThat(RuleSet.normalizePath("/home/u/repo/a.py")).isEqualTo("home/u/repo/a.py");
    assertThat(RuleSet.normalizePath("///x.py")).isEqualTo("x.py");
    assertThat(RuleSet.normalizePath("C:\\repo\\.github\\workflows\\ci.yml")).isEqualTo("C:/repo/.github/workflows/ci.yml");
    assertThat(RuleSet.normalizePath("c:/repo/a.py")).isEqualTo("C:/repo/a.py");
    assertThat(RuleSet.normalizePath("/c/Users/me/a.py")).isEqualTo("C:/Users/me/a.py");
    assertThat(RuleSet.normalizePath("src/a.py")).isEqualTo("src/a.py");
    assertThat(RuleSet.normalizePath(null)).isEmpty();
  }

  @Test
  void windowsWorkflowPathsReachTheWorkflowRule() {
    String step = "      - run: echo \"${{ github.event.issue.title }}\"";
    assertThat(builtin.firstMatches("C:\\r\\.github\\workflows\\ci.yml", step)).extracting(m -> m.rule().name())
        .containsExactly("github_actions_workflow");
  }

  @Test
  void ruleMetadataIsComplete() {
    for (Rule r : builtin.rules()) {
      assertThat(r.title()).as(r.name()).isNotBlank();
      assertThat(r.cwe()).as(r.name()).matches("CWE-\\d+");
      assertThat(r.reminder()).as(r.name()).isNotBlank();
    }
  }
}

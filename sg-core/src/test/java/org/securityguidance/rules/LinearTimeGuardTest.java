package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Correctness guard against catastrophic backtracking (not a performance claim; see bench/rules for numbers): every
 * rule on adversarial 64 KB inputs built from rule triggers must finish, all together, well inside 10 seconds, and
 * no rule may hit its regex deadline.
 */
class LinearTimeGuardTest {
  private static final List<String> TRIGGERS = List.of("subprocess.run(", "eval(", "<script ", "innerHTML",
      ".innerHTML = '", "yaml.load(", "exec(`${", "cursor.execute(\"SELECT a FROM t WHERE b = '\" + ",
      "q = f\"SELECT a FROM b WHERE c = {", "`SELECT a FROM b WHERE c = ${", "Runtime.getRuntime().exec(\"sh -c \" + ",
      "${{ github.event.issue.title }}", "    echo ${{ github.event.comment.body }}\n", "system(\"#{", "'", "(");

  private static final List<String> PATHS = List.of(".github/workflows/ci.yml", "a.py", "a.js", "A.java", "a.go",
      "a.rb", "a.php");

  @Test
  void allRulesOnAdversarialInputsFinishQuickly() {
    long trips = RegexGuard.trips();
    long t0 = System.nanoTime();
    for (String trigger : TRIGGERS) {
      String text = trigger.repeat(64 * 1024 / trigger.length());
      for (String path : PATHS) {
        RuleSet.builtin().allMatches(path, text);
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(ms).as("all rules on all adversarial inputs").isLessThan(10_000);
    assertThat(RegexGuard.trips()).as("no rule hit its deadline").isEqualTo(trips);
  }
}

package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where in a workflow an untrusted expression sits decides whether it is an injection (spec §4.2 rule 1). */
class WorkflowContextTest {
  private static final String PATH = ".github/workflows/w.yml";

  private static boolean fires(String yaml) {
    return RuleSet.builtin().firstMatches(PATH, yaml).stream()
        .anyMatch(m -> m.rule().name().equals("github_actions_workflow"));
  }

  @Test
  void runBlockBelowASiblingKeyIsStillAScript() {
    assertThat(fires("""
        steps:
          - name: greet
            if: always()
            run: |
              set -e

              echo "${{ github.event.review.body }}"
        """)).isTrue();
  }

  @Test
  void withInputsAndIfConditionsAreNotScripts() {
    assertThat(fires("""
        steps:
          - uses: actions/checkout@v4
            with:
              ref: ${{ github.head_ref }}
          - if: ${{ github.event.issue.title == 'x' }}
            run: echo ok
        """)).isFalse();
  }

  @Test
  void aBareScriptLineFromAnEditFragmentWarns() {
    assertThat(fires("          echo \"${{ github.event.issue.body }}\"")).isTrue();
  }

  @Test
  void aKeyValueFragmentDoesNot() {
    assertThat(fires("          BODY: ${{ github.event.issue.body }}")).isFalse();
  }

  @Test
  void manyExpressionsInOneBlockAreEachReported() {
    String block = "      - run: |\n" + "          echo ${{ github.event.issue.title }}\n".repeat(3);
    assertThat(RuleSet.builtin().allMatches(PATH, block)).hasSize(3);
  }
}

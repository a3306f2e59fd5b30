package org.securityguidance.review.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.verify.Categories;

/** The category ids the rubric teaches the model are exactly the verifier's vocabulary. */
class RubricVocabularyTest {
  @Test
  void rubricCategoryIdsEqualTheVocabulary() {
    String rubric = PromptBuilder.rubric();
    String categories = rubric.substring(rubric.indexOf("# What to look for"), rubric.indexOf("# How to reason"));
    List<String> rubricIds = categories.lines()
        .filter(l -> l.matches("- [a-z_]+: .*"))
        .map(l -> l.substring(2, l.indexOf(':')))
        .toList();
    assertThat(rubricIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Categories.ids());
  }

  @Test
  void promptResourcesHaveNoPlaceholdersBeyondTheTwoWeFill() {
    assertThat(PromptText.load("rubric.txt")).doesNotContain("{{NONCE}}").doesNotContain("\r");
    for (String name : List.of("request-intro.txt", "previous-findings.txt", "files-intro.txt",
        "closing.txt", "policy-framing.txt", "guidance-intro.txt", "guidance-outro.txt")) {
      String text = PromptText.load(name).replace("{{NONCE}}", "").replace("{{LANGUAGES}}", "");
      assertThat(text).as(name).doesNotContain("{{").doesNotContain("\r");
    }
  }
}

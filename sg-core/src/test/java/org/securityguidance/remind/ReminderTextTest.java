package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTextTest {
  @Test
  void headerBodyAndSilenceHint() {
    assertThat(ReminderText.reminder("eval_injection", "src/a.py", 3, "Avoid eval.\n"))
        .isEqualTo("\u26a0\ufe0f Security Warning [eval_injection] src/a.py:3\nAvoid eval.\n"
            + "If this is intended, add `sg-allow: eval_injection` in a comment on or above the line, or set "
            + "SG_DISABLE_RULES=eval_injection to turn the rule off.");
  }

  @Test
  void unknownLineShowsThePathOnlyAndAGenericLabelIsNotRepeated() {
    String text = ReminderText.reminder("x", "a.py", 0, "\u26a0\ufe0f Security Warning: Avoid x.");
    assertThat(text).startsWith("\u26a0\ufe0f Security Warning [x] a.py\nAvoid x.\n");
  }

  @Test
  void contextStartsWithTheProvenanceTag() {
    assertThat(ReminderText.context(List.of("A", "B")))
        .isEqualTo("[from security-guidance@claude-code-plugins plugin]\n\nA\n\nB");
  }
}

package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing git's push output (spec §7 steps 2–3). */
class PushOutputTest {
  @Test
  void aFastForwardLineGivesTheRange() {
    PushOutput.Parsed p = PushOutput.parse("", "To github.com:o/r.git\n   1a2b3c4..5d6e7f8  main -> main\n");
    assertThat(p.ranges()).containsExactly(new PushOutput.RangeLine("1a2b3c4", "5d6e7f8", "main"));
    assertThat(p.newBranches()).isEmpty();
    assertThat(p.upToDate()).isFalse();
  }

  @Test
  void aForcedUpdateUsesThreeDots() {
    PushOutput.Parsed p = PushOutput.parse("To r\n + 1a2b3c4...5d6e7f8 feat -> feat (forced update)\n", "");
    assertThat(p.ranges()).containsExactly(new PushOutput.RangeLine("1a2b3c4", "5d6e7f8", "feat"));
  }

  @Test
  void onlyTheLastToSectionCountsAndFetchOutputIsIgnored() {
    String out = """
        From github.com:o/r
           0000001..0000002  main       -> origin/main
        To github.com:o/r.git
           1a2b3c4..5d6e7f8  main -> main
        From github.com:o/r
         * [new branch]      x -> origin/x
        """;
    PushOutput.Parsed p = PushOutput.parse(out, "");
    assertThat(p.ranges()).extracting(PushOutput.RangeLine::newTip).containsExactly("5d6e7f8");
    assertThat(p.newBranches()).isEmpty();
  }

  @Test
  void newBranchesAndUpToDateAreSuccessSignals() {
    assertThat(PushOutput.parse("", "To r\n * [new branch]      feature -> feature\n").newBranches())
        .containsExactly("feature");
    assertThat(PushOutput.parse("", "Everything up-to-date\n").upToDate()).isTrue();
  }

  @Test
  void aMultiRefPushListsEveryRef() {
    PushOutput.Parsed p = PushOutput.parse("", "To r\n   1a2b3c4..5d6e7f8  a -> a\n   1111111..2222222  b -> b\n");
    assertThat(p.ranges()).hasSize(2);
  }

  @Test
  void aRejectedPushHasNoSignal() {
    PushOutput.Parsed p = PushOutput.parse("", "To r\n ! [rejected]        main -> main (fetch first)\n"
        + "error: failed to push some refs to 'r'\n");
    assertThat(p.ranges()).isEmpty();
    assertThat(p.newBranches()).isEmpty();
    assertThat(p.upToDate()).isFalse();
  }

  @Test
  void anEchoedRangeOutsideLineStartIsNotARange() {
    assertThat(PushOutput.parse("see 1a2b3c4..5d6e7f8 main -> main\n", "").ranges()).isEmpty();
  }

  @Test
  void hugeOutputIsBoundedAndStillParsed() {
    String noise = "x".repeat(3 * PushOutput.MAX_OUTPUT_CHARS);
    PushOutput.Parsed p = PushOutput.parse(noise, "To r\n   1a2b3c4..5d6e7f8  main -> main\n");
    assertThat(p.ranges()).hasSize(1);
    assertThat(PushOutput.section("To a\nx\nFrom b\ny")).isEqualTo("To a\nx\n");
    assertThat(List.of(PushOutput.section("no push here"))).containsExactly("no push here");
  }
}

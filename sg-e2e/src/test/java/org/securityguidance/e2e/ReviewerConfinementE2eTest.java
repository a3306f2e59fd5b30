package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * Scenario 5: the commit reviewer's scripted tool calls ask for a file outside the repository (relative escape and
 * absolute path); both are refused and the file's content appears in no request, ours or the CLI's.
 */
@ExtendWith(ScenarioExtension.class)
class ReviewerConfinementE2eTest {
  static final String MARKER = "E2E-OUTSIDE-SECRET-51c9d0";

  @Test
  void readsOutsideTheRepositoryAreRefusedAndNeverLeak(Scenario s) throws Exception {
    Path outside = s.workspace().root().resolve("outside/credentials.txt");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "token=" + MARKER + "\n");
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo(Fixtures.REPORT_PATH), Fixtures.REPORT_PY),
        ModelTurn.bash("toolu_commit", "git add -A && git commit -q -m 'Add the invoice report helper'"),
        ModelTurn.say("Committed."));
    s.api().reviewer().agentic(List.of(ReviewerScript.read("../outside/credentials.txt"),
        ReviewerScript.read(outside.toString())), List.of());
    Transcript run = s.session().print("Add the report helper and commit it");

    assertThat(run.completedNormally()).as("session result").isTrue();
    List<RecordedRequest> agentic = s.api().pluginRequests().stream()
        .filter(r -> !JsonView.array(r.json(), "tools").isEmpty()).toList();
    assertThat(agentic).as("agentic reviewer requests").hasSize(3);
    for (int step = 1; step <= 2; step++) {
      String result = RequestText.afterToolCall(agentic.get(step), "toolu_rev" + (step - 1));
      assertThat(result).as("tool result " + step).isNotEmpty();
      assertThat(agentic.get(step).body()).contains("\"is_error\":true");
    }
    for (RecordedRequest r : s.api().requests()) {
      assertThat(r.body()).as(r.header("user-agent") + " request").doesNotContain(MARKER);
      assertThat(RequestText.of(r)).doesNotContain(MARKER);
    }
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }
}

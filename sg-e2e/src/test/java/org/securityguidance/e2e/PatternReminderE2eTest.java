package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securityguidance.review.fake.RecordedRequest;

/** Scenario 1: a dangerous write brings our reminder into the very next model request; a harmless one adds nothing. */
@ExtendWith(ScenarioExtension.class)
class PatternReminderE2eTest {
  static final String XSS = "export function show(fragment) {\n"
      + "  document.getElementById('out').innerHTML = fragment;\n}\n";
  static final String HARMLESS = "export function add(a, b) {\n  return a + b;\n}\n";

  @Test
  void aDangerousWriteIsFollowedByTheReminderAsPostToolUseContext(Scenario s) throws Exception {
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo("web/show.js"), XSS), ModelTurn.say("Written."));
    Transcript run = s.session().print("Add a function that shows the URL fragment");

    assertThat(run.completedNormally()).as("session result").isTrue();
    List<RecordedRequest> main = s.api().mainRequests();
    assertThat(main).as("main-loop requests").hasSize(2);
    assertThat(RequestText.of(main.get(0))).doesNotContain(RequestText.PLUGIN_MARK);
    String next = RequestText.afterToolCall(main.get(1), "toolu_w1");
    assertThat(next).contains("PostToolUse:Write hook additional context")
        .contains("[from security-guidance").contains("[innerHTML_xss] web/show.js:2").contains("textContent");
    assertThat(run.hookResponses("PostToolUse")).singleElement()
        .satisfies(h -> assertThat(h).containsEntry("exit_code", 0L).containsEntry("outcome", "success"));
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }

  @Test
  void aHarmlessWriteAddsNoPluginTextAnywhere(Scenario s) throws Exception {
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo("lib/add.js"), HARMLESS), ModelTurn.say("Written."));
    Transcript run = s.session().print("Add an add function");

    assertThat(run.completedNormally()).as("session result").isTrue();
    assertThat(s.api().mainRequests()).hasSize(2);
    assertThat(RequestText.all(s.api().mainRequests())).doesNotContain(RequestText.PLUGIN_MARK)
        .doesNotContain("Security Warning");
    assertThat(run.hookResponses("PostToolUse")).singleElement()
        .satisfies(h -> assertThat(h).containsEntry("exit_code", 0L));
    assertThat(run.results()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("result", "Written."));
  }
}

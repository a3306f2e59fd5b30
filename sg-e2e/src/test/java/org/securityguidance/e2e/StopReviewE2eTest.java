package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * Scenario 2: the turn ends after writing an injectable SQL helper no pattern rule matches; the Stop review sends the
 * diff to the fake, which reports one high finding, and the finding reaches the model: synchronously in {@code -p}
 * mode, as a readable task notification in stream-json mode (asyncRewake in the background).
 */
@ExtendWith(ScenarioExtension.class)
class StopReviewE2eTest {
  private static void scriptTurn(Scenario s) {
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo(Fixtures.REPORT_PATH), Fixtures.REPORT_PY),
        ModelTurn.say("The report helper is in place."));
    s.api().reviewer().singleShotFinds(Fixtures.sqlFinding());
  }

  private static void assertTheDiffWasReviewed(Scenario s) {
    List<RecordedRequest> plugin = s.api().pluginRequests();
    assertThat(plugin).as("plugin requests").hasSize(1);
    assertThat(plugin.get(0).path()).isEqualTo("/v1/messages");
    assertThat(RequestText.of(plugin.get(0))).contains(Fixtures.REPORT_PATH).contains("+    " + Fixtures.SINK);
    assertThat(plugin.get(0).header("x-api-key")).isEqualTo(ClaudeSession.API_KEY);
  }

  @Test
  void printModeDeliversTheFindingInTheSameSession(Scenario s) throws Exception {
    scriptTurn(s);
    Transcript run = s.session().print("Write a report helper");

    assertThat(run.completedNormally()).as("session result").isTrue();
    assertTheDiffWasReviewed(s);
    List<RecordedRequest> main = s.api().mainRequests();
    assertThat(main).as("main-loop requests").hasSize(3);
    assertThat(RequestText.all(main.subList(0, 2))).doesNotContain(RequestText.PLUGIN_MARK);
    assertThat(RequestText.of(main.get(2))).contains("Stop hook feedback").contains(Fixtures.DELIVERED)
        .contains("Code: " + Fixtures.SINK);
    assertThat(run.hookResponses("Stop").get(0)).containsEntry("exit_code", 2L);
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }

  @Test
  void streamModeDeliversTheFindingAsAReadableTaskNotification(Scenario s) throws Exception {
    scriptTurn(s);
    Transcript run = s.session().streamInput("Write a report helper", 2);

    assertThat(run.timedOut()).as("timed out").isFalse();
    assertThat(run.exitCode()).isZero();
    assertThat(run.results()).as("turns").hasSize(2);
    assertTheDiffWasReviewed(s);
    List<RecordedRequest> main = s.api().mainRequests();
    assertThat(main).as("main-loop requests").hasSize(3);
    assertThat(RequestText.all(main.subList(0, 2))).doesNotContain(RequestText.PLUGIN_MARK);
    String notification = Notifications.taskNotification(main.get(2));
    assertThat(notification).contains("Security issues found in this turn's changes")
        .contains("security-guidance reviewed this turn's changes in the background")
        .contains(Fixtures.DELIVERED).contains("Code: " + Fixtures.SINK).contains("Fix: ");
    Notifications.assertReadable(notification);
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }
}

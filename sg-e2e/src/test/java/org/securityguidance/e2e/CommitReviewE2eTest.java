package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * Scenario 3: the scripted model commits a vulnerable file with Bash; the agentic commit review runs (its scripted
 * Read call answered from the repository), its finding reaches the model, the commit is recorded as reviewed, and a
 * later push reviews nothing new.
 */
@ExtendWith(ScenarioExtension.class)
class CommitReviewE2eTest {
  @Test
  void aCommittedVulnerabilityIsReviewedAgenticallyAndThePushAddsNothing(Scenario s) throws Exception {
    s.workspace().addOrigin();
    s.workspace().git(s.workspace().repo(), "push", "-q", "-u", "origin", "main");
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo(Fixtures.REPORT_PATH), Fixtures.REPORT_PY),
        ModelTurn.bash("toolu_add", "git add " + Fixtures.REPORT_PATH),
        ModelTurn.bash("toolu_commit", "git commit -q -m 'Add the invoice report helper'"),
        ModelTurn.bash("toolu_push", "git push"),
        ModelTurn.say("Committed and pushed."));
    s.api().reviewer().agentic(List.of(ReviewerScript.read(Fixtures.REPORT_PATH)), Fixtures.sqlFinding());
    Transcript run = s.session().print("Add the report helper, commit and push it");

    assertThat(run.completedNormally()).as("session result").isTrue();
    List<RecordedRequest> agentic = s.api().pluginRequests().stream().filter(CommitReviewE2eTest::offersTools)
        .toList();
    assertThat(agentic).as("agentic reviewer requests").hasSize(2);
    assertThat(RequestText.of(agentic.get(0))).contains("+    " + Fixtures.SINK);
    assertThat(agentic.get(1).body()).contains("\"tool_result\"");
    assertThat(RequestText.afterToolCall(agentic.get(1), "toolu_rev0")).contains("def clause_prefix():");

    String afterCommit = RequestText.afterToolCall(mainAfter(s, "toolu_commit"), "toolu_commit");
    assertThat(afterCommit).contains(Fixtures.DELIVERED).contains("Code: " + Fixtures.SINK);
    String head = s.workspace().git(s.workspace().repo(), "rev-parse", "HEAD").strip();
    assertThat(Files.readString(s.workspace().repo().resolve(".git/sg-reviewed-shas"))).contains(head);

    Map<String, Object> push = bashHook(run, "git push");
    assertThat(push).containsEntry("exit_code", 0L);
    assertThat(String.valueOf(push.get("stdout"))).contains("\"pushed\":1").contains("\"unreviewed\":0");
    List<RecordedRequest> all = s.api().requests();
    assertThat(all.subList(all.indexOf(mainAfter(s, "toolu_commit")), all.size()))
        .as("no commit review after the commit's own").noneMatch(r -> FakeModelApi.fromPlugin(r) && offersTools(r));
    assertThat(RequestText.afterToolCall(mainAfter(s, "toolu_push"), "toolu_push"))
        .doesNotContain(RequestText.PLUGIN_MARK);
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }

  @Test
  void inStreamModeTheCommitFindingArrivesAsAReadableTaskNotification(Scenario s) throws Exception {
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo(Fixtures.REPORT_PATH), Fixtures.REPORT_PY),
        ModelTurn.bash("toolu_commit", "git add -A && git commit -q -m 'Add the invoice report helper'"),
        ModelTurn.say("Committed."));
    s.api().reviewer().agentic(List.of(ReviewerScript.read(Fixtures.REPORT_PATH)), Fixtures.sqlFinding());
    Transcript run = s.session().streamInput("Add the report helper and commit it", 2);

    assertThat(run.timedOut()).as("timed out").isFalse();
    assertThat(run.exitCode()).isZero();
    assertThat(run.results()).as("turns").hasSize(2);
    List<RecordedRequest> main = s.api().mainRequests();
    String notification = Notifications.taskNotification(main.get(main.size() - 1));
    assertThat(notification).contains("Security issues found in the new commit")
        .contains("security-guidance reviewed the commit you just made in the background")
        .contains(Fixtures.DELIVERED).contains("Code: " + Fixtures.SINK);
    Notifications.assertReadable(notification);
    assertThat(run.leftovers()).as("processes left behind").isZero();
  }

  private static boolean offersTools(RecordedRequest request) {
    return !JsonView.array(request.json(), "tools").isEmpty();
  }

  /** The first main-loop request that carries the result of {@code toolUseId}. */
  static RecordedRequest mainAfter(Scenario s, String toolUseId) {
    return s.api().mainRequests().stream()
        .filter(r -> r.body().contains("\"tool_use_id\":\"" + toolUseId + "\""))
        .findFirst().orElseThrow(() -> new AssertionError("no request carries the result of " + toolUseId));
  }

  /** The PostToolUse hook response of the Bash hook that ran for the command starting with {@code command}. */
  static Map<String, Object> bashHook(Transcript run, String command) {
    List<Map<String, Object>> bash = run.hookResponses("PostToolUse").stream()
        .filter(h -> String.valueOf(h.get("hook_name")).contains("Bash")).toList();
    return bash.stream().filter(h -> String.valueOf(h.get("stdout")).contains(command.contains("push")
            ? "push" : "commit")).findFirst()
        .orElseThrow(() -> new AssertionError("no Bash hook response for " + command + " in " + bash.size()));
  }
}

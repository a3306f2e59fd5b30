package org.securityguidance.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.securityguidance.agent.testing.Replies.endTurn;
import static org.securityguidance.agent.testing.Replies.toolTurn;
import static org.securityguidance.agent.testing.Replies.toolUse;
import static org.securityguidance.agent.testing.Replies.usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.agent.testing.RepoTools;
import org.securityguidance.agent.tools.Tool;
import org.securityguidance.agent.tools.ToolResult;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.testing.InMemoryMessagesClient;
import org.securityguidance.testkit.MutableClock;

class ToolLoopTest {
  static final String ANSWER = "{\"hasVulnerabilities\": false, \"vulnerabilities\": []}";
  static final Map<String, Object> SCHEMA = Map.of("type", "object");

  final MutableClock clock = new MutableClock();
  final InMemoryMessagesClient client = new InMemoryMessagesClient();
  final List<String> log = new ArrayList<>();
  final List<Map<String, Object>> calls = new ArrayList<>();

  Tool echo(String name) {
    return RepoTools.named(name, input -> {
      calls.add(input);
      return ToolResult.ok(name + " saw " + input.get("q"));
    });
  }

  ToolLoop loop(LoopBudget budget, Tool... tools) {
    return new ToolLoop(client, new ToolBox(List.of(tools)), budget, Deadline.after(clock, budget.deadline()),
        log::add);
  }

  static LoopTask task() {
    return new LoopTask("claude-test-model", "system text", List.of(Map.of("type", "text", "text", "review this")),
        SCHEMA, "report now", text -> text.strip().startsWith("{"));
  }

  @Test
  void parallelToolCallsAreAnsweredInOneTurnInOrderAndAJsonEndTurnNeedsNoReport() throws ReviewUnavailable {
    client.then(r -> toolTurn(usage(100, 20), List.of(
        toolUse("t1", "Read", Map.of("q", "a")), toolUse("t2", "Grep", Map.of("q", "b")),
        toolUse("t3", "Read", Map.of("q", "c")))));
    client.then(r -> endTurn(ANSWER, usage(200, 30)));

    LoopResult result = loop(LoopBudget.defaults(), echo("Read"), echo("Grep")).run(task());

    assertThat(result.answer()).isEqualTo(ANSWER);
    assertThat(result.stats().stop()).isEqualTo(LoopStop.END_TURN);
    assertThat(result.stats().reportTurn()).isFalse();
    assertThat(result.stats().turns()).isEqualTo(2);
    assertThat(result.stats().toolCalls()).containsEntry("Read", 2).containsEntry("Grep", 1);
    assertThat(result.stats().tokens()).isEqualTo(350);
    assertThat(calls).extracting(m -> m.get("q")).containsExactly("a", "b", "c");
    MessagesRequest second = client.requests().get(1);
    assertThat(second.messages()).hasSize(3);
    List<Map<String, Object>> results = blocks(second.messages().get(2));
    assertThat(results).extracting(b -> b.get("tool_use_id")).containsExactly("t1", "t2", "t3");
    assertThat(results).extracting(b -> b.get("content")).containsExactly("Read saw a", "Grep saw b", "Read saw c");
    assertThat(results.get(2)).containsEntry("cache_control", Map.of("type", "ephemeral"));
    assertThat(results.get(0)).doesNotContainKey("cache_control").doesNotContainKey("is_error");
    assertThat(client.requests()).allSatisfy(r -> {
      assertThat(r.outputSchema()).isNull();
      assertThat(r.tools()).hasSize(2);
      assertThat(r.maxTokens()).isEqualTo(LoopBudget.DEFAULT_TURN_MAX_TOKENS);
    });
  }

  @Test
  void aToolSetDispatcherServesTheSameLoop() throws ReviewUnavailable {
    List<String> dispatched = new ArrayList<>();
    ToolBox box = ToolBox.of(List.of("Read", "Glob"),
        List.of(Map.of("name", "Read"), Map.of("name", "Glob")), (name, input) -> {
          dispatched.add(name + ":" + input.get("q"));
          return ToolResult.ok("ok");
        });
    client.then(r -> toolTurn(usage(10, 10), List.of(toolUse("t1", "Glob", Map.of("q", "*.py")),
        toolUse("t2", "Grep", Map.of("q", "x")))));
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    LoopResult result = new ToolLoop(client, box, LoopBudget.defaults(),
        Deadline.after(clock, Duration.ofSeconds(180)), log::add).run(task());

    assertThat(dispatched).containsExactly("Glob:*.py");
    assertThat(result.stats().toolCalls()).containsEntry("Glob", 1).containsEntry("unknown", 1);
    assertThat(client.requests().get(0).tools()).containsExactly(Map.of("name", "Read"), Map.of("name", "Glob"));
  }

  @Test
  void assistantContentIsSentBackUnchanged() throws ReviewUnavailable {
    Map<String, Object> thinking = Map.of("type", "thinking", "thinking", "hmm", "signature", "sig-1");
    client.then(r -> new org.securityguidance.review.api.MessagesResponse("tool_use",
        List.of(thinking, toolUse("t1", "Read", Map.of("q", "a"))), usage(10, 10), "m"));
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    loop(LoopBudget.defaults(), echo("Read")).run(task());

    assertThat(blocks(client.requests().get(1).messages().get(1))).first().isEqualTo(thinking);
  }

  @Test
  void failingUnknownMalformedAndRefusedCallsBecomeErrorResultsTheModelSees() throws ReviewUnavailable {
    Tool throwing = RepoTools.named("Grep", input -> {
      throw new IllegalStateException("secret file content must not leak");
    });
    Tool refusing = RepoTools.named("Read", input -> ToolResult.error("Refused: outside the repository."));
    client.then(r -> toolTurn(usage(10, 10), List.of(
        toolUse("t1", "Read", Map.of("path", "../../etc/passwd")), toolUse("t2", "Grep", Map.of("q", "x")),
        toolUse("t3", "Bash", Map.of("command", "id")))));
    client.then(r -> new org.securityguidance.review.api.MessagesResponse("tool_use",
        List.of(Map.of("type", "tool_use", "id", "t4", "name", "Read", "input", "not an object")), usage(10, 10),
        "m"));
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    LoopResult result = loop(LoopBudget.defaults(), refusing, throwing).run(task());

    List<Map<String, Object>> first = blocks(client.requests().get(1).messages().get(2));
    assertThat(first).allSatisfy(b -> assertThat(b).containsEntry("is_error", true));
    assertThat(first.get(0).get("content")).isEqualTo("Refused: outside the repository.");
    assertThat((String) first.get(1).get("content")).contains("IllegalStateException").doesNotContain("secret");
    assertThat((String) first.get(2).get("content")).contains("Unknown tool").contains("Read, Grep");
    List<Map<String, Object>> second = blocks(client.requests().get(2).messages().get(4));
    assertThat(second.get(0)).containsEntry("is_error", true).containsEntry("tool_use_id", "t4");
    assertThat(result.stats().refusals()).isEqualTo(4);
    assertThat(result.stats().toolCalls()).containsEntry("Read", 2).containsEntry("Grep", 1)
        .containsEntry("unknown", 1);
    assertThat(String.join("\n", log)).doesNotContain("secret").doesNotContain("passwd");
  }

  @Test
  void callsBeyondThePerTurnCapAreRefused() throws ReviewUnavailable {
    List<Map<String, Object>> uses = new ArrayList<>();
    for (int i = 0; i < ToolBox.MAX_CALLS_PER_TURN + 2; i++) {
      uses.add(toolUse("t" + i, "Read", Map.of("q", i)));
    }
    client.then(r -> toolTurn(usage(10, 10), uses));
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    LoopResult result = loop(LoopBudget.defaults(), echo("Read")).run(task());

    assertThat(calls).hasSize(ToolBox.MAX_CALLS_PER_TURN);
    List<Map<String, Object>> results = blocks(client.requests().get(1).messages().get(2));
    assertThat(results).hasSize(ToolBox.MAX_CALLS_PER_TURN + 2);
    assertThat(results.subList(ToolBox.MAX_CALLS_PER_TURN, results.size()))
        .allSatisfy(b -> assertThat(b).containsEntry("is_error", true));
    assertThat(result.stats().refusals()).isEqualTo(2);
  }

  @Test
  void theTurnBudgetEndsWithOneReportRequestCarryingTheSchema() throws ReviewUnavailable {
    LoopBudget budget = new LoopBudget(4, 1_000_000, Duration.ofSeconds(180), 4_096, 16_000);
    for (int i = 0; i < 3; i++) {
      String id = "t" + i;
      client.then(r -> toolTurn(usage(100, 10), List.of(toolUse(id, "Read", Map.of("q", id)))));
    }
    client.then(r -> endTurn(ANSWER, usage(300, 40)));

    LoopResult result = loop(budget, echo("Read")).run(task());

    assertThat(result.answer()).isEqualTo(ANSWER);
    assertThat(result.stats().stop()).isEqualTo(LoopStop.MAX_TURNS);
    assertThat(result.stats().reportTurn()).isTrue();
    assertThat(result.stats().turns()).isEqualTo(4);
    assertThat(client.requests()).hasSize(4);
    MessagesRequest report = client.requests().get(3);
    assertThat(report.outputSchema()).isEqualTo(SCHEMA);
    assertThat(report.maxTokens()).isEqualTo(16_000);
    assertThat(report.tools()).hasSize(1);
    List<Map<String, Object>> last = blocks(report.messages().get(report.messages().size() - 1));
    assertThat(last.get(0)).containsEntry("type", "tool_result").containsEntry("tool_use_id", "t2");
    assertThat(last.get(1)).containsEntry("type", "text").containsEntry("text", "report now");
    assertThat(report.messages()).extracting(m -> m.get("role"))
        .containsExactly("user", "assistant", "user", "assistant", "user", "assistant", "user");
  }

  @Test
  void theTokenBudgetSwitchesToTheReportBeforeItIsSpent() throws ReviewUnavailable {
    LoopBudget budget = new LoopBudget(18, 200_000, Duration.ofSeconds(180), 4_096, 4_096);
    client.then(r -> toolTurn(usage(60_000, 1_000), List.of(toolUse("t1", "Read", Map.of("q", "a")))));
    client.then(r -> endTurn(ANSWER, usage(62_000, 500)));

    LoopResult result = loop(budget, echo("Read")).run(task());

    assertThat(result.stats().stop()).isEqualTo(LoopStop.TOKEN_BUDGET);
    assertThat(result.stats().reportTurn()).isTrue();
    assertThat(result.answered()).isTrue();
    assertThat(client.requests().get(1).outputSchema()).isEqualTo(SCHEMA);
  }

  @Test
  void aSpentTokenBudgetEndsWithoutAnAnswer() throws ReviewUnavailable {
    LoopBudget budget = new LoopBudget(18, 50_000, Duration.ofSeconds(180), 1_024, 1_024);
    client.then(r -> toolTurn(usage(80_000, 1_000), List.of(toolUse("t1", "Read", Map.of("q", "a")))));

    LoopResult result = loop(budget, echo("Read")).run(task());

    assertThat(result.answered()).isFalse();
    assertThat(result.stats().stop()).isEqualTo(LoopStop.TOKEN_BUDGET);
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void nearTheDeadlineTheLoopAsksForTheReportAndAfterItNothingIsSent() throws ReviewUnavailable {
    LoopBudget budget = LoopBudget.defaults();
    client.then(r -> {
      clock.advance(Duration.ofSeconds(155));
      return toolTurn(usage(10, 10), List.of(toolUse("t1", "Read", Map.of("q", "a"))));
    });
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    LoopResult result = loop(budget, echo("Read")).run(task());

    assertThat(result.stats().stop()).isEqualTo(LoopStop.DEADLINE);
    assertThat(result.stats().reportTurn()).isTrue();
    assertThat(client.requests().get(1).outputSchema()).isNotNull();

    InMemoryMessagesClient late = new InMemoryMessagesClient();
    late.then(r -> {
      clock.advance(Duration.ofSeconds(400));
      return toolTurn(usage(10, 10), List.of(toolUse("t1", "Read", Map.of("q", "a"))));
    });
    ToolLoop expired = new ToolLoop(late, new ToolBox(List.of(echo("Read"))), budget,
        Deadline.after(clock, budget.deadline()), log::add);
    LoopResult none = expired.run(task());
    assertThat(none.answered()).isFalse();
    assertThat(none.stats().stop()).isEqualTo(LoopStop.DEADLINE);
    assertThat(late.requests()).hasSize(1);
    assertThat(none.stats().refusals()).as("the call after the deadline is not run").isEqualTo(1);
    assertThat(calls).hasSize(1);
  }

  @Test
  void proseAtTheEndTriggersTheReportAndAToolCallThereMeansNoAnswer() throws ReviewUnavailable {
    client.then(r -> endTurn("I think the code is fine.", usage(10, 10)));
    client.then(r -> toolTurn(usage(10, 10), List.of(toolUse("t9", "Read", Map.of("q", "z")))));

    LoopResult result = loop(LoopBudget.defaults(), echo("Read")).run(task());

    assertThat(result.answered()).isFalse();
    assertThat(result.stats().stop()).isEqualTo(LoopStop.END_TURN);
    assertThat(result.stats().reportTurn()).isTrue();
    assertThat(calls).isEmpty();
    MessagesRequest report = client.requests().get(1);
    assertThat(report.messages()).extracting(m -> m.get("role")).containsExactly("user", "assistant", "user");
  }

  @Test
  void anOutputLimitAnswersThePendingCallsAsNotRunAndAsksForTheReport() throws ReviewUnavailable {
    client.then(r -> new org.securityguidance.review.api.MessagesResponse("max_tokens",
        List.of(toolUse("t1", "Read", Map.of("q", "a"))), usage(10, 10), "m"));
    client.then(r -> endTurn(ANSWER, usage(10, 10)));

    LoopResult result = loop(LoopBudget.defaults(), echo("Read")).run(task());

    assertThat(result.stats().stop()).isEqualTo(LoopStop.OUTPUT_LIMIT);
    assertThat(calls).isEmpty();
    List<Map<String, Object>> last = blocks(client.requests().get(1).messages().get(2));
    assertThat(last.get(0)).containsEntry("tool_use_id", "t1").containsEntry("is_error", true);
  }

  @Test
  void aFailedRequestPropagatesAndItsStatsRemain() {
    client.then(r -> toolTurn(usage(10, 10), List.of(toolUse("t1", "Read", Map.of("q", "a")))));
    client.thenFail(Reason.SERVER_ERROR, 529);
    ToolLoop loop = loop(LoopBudget.defaults(), echo("Read"));

    assertThatThrownBy(() -> loop.run(task())).isInstanceOf(ReviewUnavailable.class)
        .satisfies(e -> assertThat(((ReviewUnavailable) e).reason()).isEqualTo(Reason.SERVER_ERROR));
    assertThat(loop.lastStats().stop()).isEqualTo(LoopStop.FAILED);
    assertThat(loop.lastStats().turns()).isEqualTo(1);
    assertThat(loop.lastStats().totalToolCalls()).isEqualTo(1);
  }

  @Test
  void aRefusalIsAFailureNeverAnEmptyAnswer() {
    client.then(r -> new org.securityguidance.review.api.MessagesResponse("refusal", List.of(), usage(10, 0), "m"));
    ToolLoop loop = loop(LoopBudget.defaults(), echo("Read"));

    assertThatThrownBy(() -> loop.run(task())).isInstanceOfSatisfying(ReviewUnavailable.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.REFUSAL));
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void anInterruptedThreadStopsBeforeTheNextRequest() throws ReviewUnavailable {
    Thread.currentThread().interrupt();
    try {
      LoopResult result = loop(LoopBudget.defaults(), echo("Read")).run(task());
      assertThat(result.stats().stop()).isEqualTo(LoopStop.INTERRUPTED);
      assertThat(result.answered()).isFalse();
      assertThat(client.requests()).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> blocks(Map<String, Object> message) {
    return (List<Map<String, Object>>) message.get("content");
  }
}

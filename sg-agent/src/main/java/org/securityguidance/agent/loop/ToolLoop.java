package org.securityguidance.agent.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.securityguidance.agent.tools.ToolResult;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Our own tool-use loop on the Messages API (issue 4 §2): the model investigates with the offered tools until it ends
 * its turn or a budget runs short, then gives its answer.
 *
 * <p>Design note: investigation requests carry no output schema, so the model can think aloud between tool calls.
 * When it ends its turn with a usable answer the conversation is over; otherwise — or when the turns, tokens or time
 * left would not allow another investigation request — one report request with the JSON schema asks for the answer
 * from what was read so far. The tools stay defined on that request because the API rejects {@code tool_use} history
 * without them; a model that still calls a tool there simply gives no answer. Only counts, names and timings reach
 * {@code log}, never content.
 */
public final class ToolLoop {
  /** Characters per token for the first request's size guess (before the API has reported usage). */
  static final int CHARS_PER_TOKEN = 4;

  private final MessagesClient client;
  private final ToolBox tools;
  private final LoopBudget budget;
  private final Deadline deadline;
  private final Consumer<String> log;
  private volatile LoopStats lastStats;

  /** {@code deadline} is the conversation's own; share it with the client so one slow request cannot outlive it. */
  public ToolLoop(MessagesClient client, ToolBox tools, LoopBudget budget, Deadline deadline, Consumer<String> log) {
    this.client = client;
    this.tools = tools;
    this.budget = budget;
    this.deadline = deadline;
    this.log = log;
  }

  /** Runs the conversation; a failed request (after the client's own retries) ends it with that failure. */
  public LoopResult run(LoopTask task) throws ReviewUnavailable {
    Transcript transcript = new Transcript(now(), estimateTokens(task));
    try {
      LoopResult result = converse(task, transcript);
      lastStats = result.stats();
      return result;
    } catch (ReviewUnavailable e) {
      lastStats = transcript.finish(LoopStop.FAILED, null, false, now()).stats();
      log.accept("agent: request failed (" + e.reason() + " " + e.httpStatus() + ") after "
          + lastStats.describe());
      throw e;
    }
  }

  /** The stats of the last {@link #run}, also after a failure ({@code null} before the first run). */
  public LoopStats lastStats() {
    return lastStats;
  }

  private LoopResult converse(LoopTask task, Transcript transcript) throws ReviewUnavailable {
    Conversation conversation = new Conversation(task.firstUserContent());
    while (true) {
      LoopStop limit = limitReached(transcript);
      if (limit != null) {
        return report(task, conversation, transcript, limit);
      }
      MessagesResponse response = send(task, conversation, transcript, false);
      conversation.assistant(response.content());
      List<Map<String, Object>> uses = Conversation.toolUses(response.content());
      if ("tool_use".equals(response.stopReason()) && !uses.isEmpty()) {
        conversation.user(tools.run(uses, transcript, deadline));
        continue;
      }
      if ("max_tokens".equals(response.stopReason())) {
        return report(task, conversation, transcript, LoopStop.OUTPUT_LIMIT);
      }
      String text = Conversation.text(response.content());
      if (task.isAnswer().test(text)) {
        return finish(transcript, LoopStop.END_TURN, text, false);
      }
      return report(task, conversation, transcript, LoopStop.END_TURN);
    }
  }

  /** The budget that leaves room only for the report request, or {@code null} while investigation may go on. */
  private LoopStop limitReached(Transcript transcript) {
    if (Thread.currentThread().isInterrupted()) {
      return LoopStop.INTERRUPTED;
    }
    if (transcript.turns() >= budget.maxTurns() - 1) {
      return LoopStop.MAX_TURNS;
    }
    // The next investigation request reads the current context again, and the report after it reads that plus the
    // next turn's output and tool results (bounded per turn by ToolBox).
    long context = transcript.lastContextTokens();
    long nextTurn = context + budget.turnMaxTokens();
    long reportAfter = nextTurn + ToolBox.MAX_TURN_RESULT_CHARS / CHARS_PER_TOKEN + budget.reportMaxTokens();
    long projected = transcript.tokensUsed() + nextTurn + reportAfter;
    if (projected > budget.tokenBudget()) {
      return LoopStop.TOKEN_BUDGET;
    }
    if (deadline.remaining().compareTo(budget.reportReserve()) < 0) {
      return LoopStop.DEADLINE;
    }
    return null;
  }

  private LoopResult report(LoopTask task, Conversation conversation, Transcript transcript, LoopStop stop)
      throws ReviewUnavailable {
    if (stop == LoopStop.INTERRUPTED || deadline.expired() || transcript.tokensUsed() >= budget.tokenBudget()) {
      log.accept("agent: no report request (" + stop + ", time or tokens spent)");
      return finish(transcript, stop, null, false);
    }
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (Map<String, Object> use : conversation.unansweredToolUses()) {
      String id = use.get("id") instanceof String s ? s : "";
      blocks.add(ToolBox.resultBlock(id, ToolResult.error("Not run: the investigation is over.")));
    }
    blocks.add(Conversation.textBlock(task.reportInstruction()));
    conversation.user(blocks);
    MessagesResponse response = send(task, conversation, transcript, true);
    if ("tool_use".equals(response.stopReason())) {
      log.accept("agent: the report request was answered with a tool call; no answer");
      return finish(transcript, stop, null, true);
    }
    String text = response.firstText();
    return finish(transcript, stop, text == null || text.isBlank() ? null : text, true);
  }

  private MessagesResponse send(LoopTask task, Conversation conversation, Transcript transcript, boolean report)
      throws ReviewUnavailable {
    MessagesRequest request = new MessagesRequest(task.model(),
        report ? budget.reportMaxTokens() : budget.turnMaxTokens(), task.system(), conversation.forRequest(),
        report ? task.answerSchema() : null, tools.definitions());
    long start = now();
    MessagesResponse response = client.send(request);
    transcript.recordTurn(response);
    if ("refusal".equals(response.stopReason())) {
      // The HTTP client already maps a refusal to this failure; other clients may hand the stop reason through.
      throw new ReviewUnavailable(Reason.REFUSAL, 0, "model declined to review");
    }
    log.accept("agent turn " + transcript.turns() + (report ? " (report)" : "") + ": stop_reason="
        + shortWord(response.stopReason()) + " tool_calls=" + Conversation.toolUses(response.content()).size()
        + " tokens=" + transcript.tokensUsed() + " ms=" + (now() - start));
    return response;
  }

  private LoopResult finish(Transcript transcript, LoopStop stop, String answer, boolean reportTurn) {
    LoopResult result = transcript.finish(stop, answer, reportTurn, now());
    log.accept("agent: " + result.stats().describe() + " answered=" + result.answered());
    return result;
  }

  private long now() {
    return deadline.clock().millis();
  }

  private static long estimateTokens(LoopTask task) {
    long chars = task.system() == null ? 0 : task.system().length();
    for (Map<String, Object> block : task.firstUserContent()) {
      if (block.get("text") instanceof String s) {
        chars += s.length();
      }
    }
    return chars / CHARS_PER_TOKEN;
  }

  /** API stop reasons are short words; anything else is not logged verbatim. */
  private static String shortWord(String s) {
    if (s == null || s.isEmpty() || s.length() > 32) {
      return "other";
    }
    return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '_') ? s : "other";
  }
}

package org.securityguidance.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * The fake Messages API on 127.0.0.1 that both the Claude Code CLI and our plugin talk to, routed on User-Agent:
 * our plugin's requests ({@code security-guidance/...}) get the {@link ReviewerScript}'s JSON replies, the CLI's
 * main-loop requests (those offering tools) get the scripted {@link ModelTurn}s as SSE in order, then a closing
 * "Done."; any other CLI request (a side query) gets a one-word answer.
 */
final class FakeModelApi implements AutoCloseable {
  static final String PLUGIN_AGENT_PREFIX = "security-guidance/";
  static final String MODEL = "claude-sonnet-4-5";

  private final FakeMessagesServer server = FakeMessagesServer.start();
  private final List<ModelTurn> turns = new ArrayList<>();
  private final ReviewerScript reviewer = new ReviewerScript();
  private int mainRequests;

  FakeModelApi() {
    server.respondWith(this::route);
  }

  String baseUrl() {
    return server.baseUrl();
  }

  /** Appends turns the model plays to the CLI, in order. */
  synchronized FakeModelApi script(ModelTurn... more) {
    turns.addAll(List.of(more));
    return this;
  }

  /** The script for our plugin's requests (mutable). */
  ReviewerScript reviewer() {
    return reviewer;
  }

  /** Every request, in arrival order. */
  List<RecordedRequest> requests() {
    return server.requests();
  }

  /** Requests our plugin sent. */
  List<RecordedRequest> pluginRequests() {
    return requests().stream().filter(FakeModelApi::fromPlugin).toList();
  }

  /** The CLI's main-loop requests (the ones that carry the conversation and the tools). */
  List<RecordedRequest> mainRequests() {
    return requests().stream().filter(r -> !fromPlugin(r) && offersTools(r)).toList();
  }

  static boolean fromPlugin(RecordedRequest request) {
    String agent = request.header("user-agent");
    return agent != null && agent.startsWith(PLUGIN_AGENT_PREFIX);
  }

  /** Writes every request as one JSON line (method, path, user agent, body) for diagnosis. */
  void dump(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    for (RecordedRequest r : requests()) {
      Object body = r.body().isEmpty() ? "" : Json.parse(r.body());
      out.append(Json.write(Map.of("method", r.method(), "path", r.path(),
          "user_agent", String.valueOf(r.header("user-agent")), "body", body))).append('\n');
    }
    Files.writeString(file, out);
  }

  @Override
  public void close() {
    server.close();
  }

  private FakeReply route(RecordedRequest request) {
    if (fromPlugin(request)) {
      return reviewer.answer(request);
    }
    if (!"POST".equals(request.method()) || !request.path().startsWith("/v1/messages")) {
      return FakeReply.error(404, "not_found_error");
    }
    ModelTurn turn = offersTools(request) ? nextTurn() : ModelTurn.say("ok");
    if (!JsonView.truthy(request.json(), "stream")) {
      return FakeReply.message(turn.stopReason(), turn.blocks(), FakeReply.usage(40, 12, 0, 0));
    }
    return FakeReply.raw(200, "text/event-stream", Sse.encode(turn, MODEL));
  }

  private synchronized ModelTurn nextTurn() {
    int index = mainRequests++;
    return index < turns.size() ? turns.get(index) : ModelTurn.say("Done.");
  }

  private static boolean offersTools(RecordedRequest request) {
    return !JsonView.array(request.json(), "tools").isEmpty();
  }
}

package org.securityguidance.review.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.Usage;

/**
 * A scripted {@link MessagesClient} for unit tests: each call takes the next scripted step (a reply text, a
 * response, or a failure) and records the request. Thread-safe, so the two SG_DUAL_OR legs can share it.
 */
public final class InMemoryMessagesClient implements MessagesClient {
  /** One scripted answer. */
  @FunctionalInterface
  public interface Step {
    MessagesResponse answer(MessagesRequest request) throws ReviewUnavailable;
  }

  private final Deque<Step> steps = new ArrayDeque<>();
  private final List<MessagesRequest> requests = Collections.synchronizedList(new ArrayList<>());

  public synchronized InMemoryMessagesClient then(Step step) {
    steps.add(step);
    return this;
  }

  /** Replies with {@code text} as the only text block. */
  public InMemoryMessagesClient thenText(String text) {
    return then(r -> textResponse(text, "end_turn"));
  }

  /** Replies with a findings object built from {@code vulnerabilities}. */
  public InMemoryMessagesClient thenFindings(List<Map<String, Object>> vulnerabilities) {
    return thenText(Json.write(Map.of("hasVulnerabilities", !vulnerabilities.isEmpty(),
        "vulnerabilities", vulnerabilities)));
  }

  public InMemoryMessagesClient thenFail(ReviewUnavailable.Reason reason, int status) {
    return then(r -> {
      throw new ReviewUnavailable(reason, status, "scripted");
    });
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    requests.add(request);
    Step step;
    synchronized (this) {
      step = steps.poll();
    }
    if (step == null) {
      throw new AssertionError("unexpected extra request");
    }
    return step.answer(request);
  }

  public List<MessagesRequest> requests() {
    return List.copyOf(requests);
  }

  public static MessagesResponse textResponse(String text, String stopReason) {
    return new MessagesResponse(stopReason, List.of(Map.of("type", "text", "text", text)),
        new Usage(1000, 200, 0, 0), "claude-test-model");
  }

  /** A vulnerability object as the schema describes it. */
  public static Map<String, Object> vuln(String path, String category, String severity, String code, String fix) {
    return Map.of("filePath", path, "line", 0L, "category", category, "severity", severity,
        "vulnerableCode", code, "explanation", "An attacker controls the input.", "fix", fix);
  }
}

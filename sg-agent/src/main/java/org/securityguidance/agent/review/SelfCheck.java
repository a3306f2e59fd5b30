package org.securityguidance.agent.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.json.JsonView;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.scope.FileDiff;

/**
 * Stage 3 of the agentic review: one request without tools asks the model to refute each surviving candidate. A
 * refutation counts only when its quoted evidence is found in the file it names — a model cannot talk a real finding
 * away without showing the code — and a failed or unreadable check keeps every candidate (spec llm-review §6.4
 * step 9: the check must never turn an error into "clean").
 */
final class SelfCheck {
  static final int MAX_TOKENS = 8_000;
  /** Candidates sent to one check; any beyond are kept unchecked. */
  static final int MAX_CHECKED = 30;

  /** How the check went; {@link #code()} is the telemetry number. Append-only. */
  enum Status {
    NOT_NEEDED(0), RAN(1), FAILED(2), SKIPPED(3);

    private final int code;

    Status(int code) {
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  /** The candidates kept, how many were refuted with evidence, refutations ignored for lack of it, and cost. */
  record Outcome(List<Candidate> survivors, int refuted, int unbacked, Status status, Usage usage, int calls) {}

  private final MessagesClient client;
  private final String model;
  private final Deadline deadline;
  private final Supplier<String> nonces;
  private final Consumer<String> log;

  SelfCheck(MessagesClient client, String model, Deadline deadline, Supplier<String> nonces, Consumer<String> log) {
    this.client = client;
    this.model = model;
    this.deadline = deadline;
    this.nonces = nonces;
    this.log = log;
  }

  Outcome run(List<Candidate> candidates, List<FileDiff> files, Function<String, Optional<String>> reader,
      CandidateVerifier evidence) {
    if (candidates.isEmpty()) {
      return new Outcome(candidates, 0, 0, Status.NOT_NEEDED, Usage.NONE, 0);
    }
    if (deadline.expired()) {
      log.accept("agentic self-check: skipped, no time left");
      return new Outcome(candidates, 0, 0, Status.SKIPPED, Usage.NONE, 0);
    }
    List<Candidate> checked = candidates.subList(0, Math.min(candidates.size(), MAX_CHECKED));
    String request = SelfCheckPrompt.build(checked, files, reader, nonces);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("role", "user");
    message.put("content", request);
    try {
      MessagesResponse response = client.send(new MessagesRequest(model, MAX_TOKENS,
          AgentResources.prompt("self-check-system.txt"), List.of(message), AgentResources.schema("self-check.json"),
          null));
      Usage usage = response.usage() == null ? Usage.NONE : response.usage();
      return decide(candidates, checked.size(), verdicts(response.firstText()), evidence, usage);
    } catch (ReviewUnavailable e) {
      log.accept("agentic self-check: failed (" + e.reason() + " " + e.httpStatus() + "), every candidate kept");
      return new Outcome(candidates, 0, 0, Status.FAILED, Usage.NONE, 1);
    } catch (JsonException e) {
      log.accept("agentic self-check: unreadable answer, every candidate kept");
      return new Outcome(candidates, 0, 0, Status.FAILED, Usage.NONE, 1);
    }
  }

  private Outcome decide(List<Candidate> candidates, int checked, List<Object> verdicts, CandidateVerifier evidence,
      Usage usage) {
    Set<Integer> refuted = new HashSet<>();
    int unbacked = 0;
    for (Object v : verdicts) {
      if (!(v instanceof Map<?, ?> raw)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> verdict = (Map<String, Object>) raw;
      long index = JsonView.number(verdict, "index", -1);
      if (!Boolean.TRUE.equals(verdict.get("refuted")) || index < 0 || index >= checked) {
        continue;
      }
      String file = JsonView.string(verdict, "evidenceFile");
      String code = JsonView.string(verdict, "evidenceCode");
      if (!file.isBlank() && !code.isBlank() && evidence.quoteFound(file, code)) {
        refuted.add((int) index);
      } else {
        unbacked++;
      }
    }
    List<Candidate> survivors = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      if (!refuted.contains(i)) {
        survivors.add(candidates.get(i));
      }
    }
    log.accept("agentic self-check: checked=" + checked + " refuted=" + refuted.size() + " unbacked=" + unbacked);
    return new Outcome(survivors, refuted.size(), unbacked, Status.RAN, usage, 1);
  }

  private static List<Object> verdicts(String text) {
    if (text == null) {
      throw new JsonException("no text");
    }
    Map<String, Object> root = Json.parseObject(text.strip());
    if (!(root.get("verdicts") instanceof List<?> list)) {
      throw new JsonException("no verdicts array");
    }
    return new ArrayList<>(list);
  }
}

package org.securityguidance.review.single;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.MessagesRequest;
import org.securityguidance.review.api.MessagesResponse;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.prompt.OutputSchema;
import org.securityguidance.review.prompt.PromptBuilder;
import org.securityguidance.review.prompt.ReviewPrompt;
import org.securityguidance.review.verify.FindingParser;
import org.securityguidance.review.verify.ParsedReply;
import org.securityguidance.review.verify.RawFinding;
import org.securityguidance.review.verify.Verification;
import org.securityguidance.review.verify.Verifier;

/**
 * One-request review of a diff (spec llm-review §5): prompt → Messages API → parse → verify. With SG_DUAL_OR two
 * identical legs run in parallel and their findings are merged and de-duplicated (§4.8); one failed leg is fine when
 * the other answered. No answer at all is a {@link ReviewUnavailable}, never an empty result (§13.4).
 *
 * <p>Design note: each leg returns its own outcome object, so no status is shared between the threads (§13.5).
 * Model fallback and retries belong to the {@link MessagesClient} decorators, so each leg gets them independently.
 */
public final class SingleShotReviewer {
  /** Subscription tokens are accepted only with exactly this system prompt (spec §4.2); all instructions go in the user message. */
  public static final String SYSTEM_PROMPT = "You are a Claude agent, built on Anthropic's Claude Agent SDK.";
  public static final int MAX_TOKENS = 16_000;

  private final MessagesClient client;
  private final String model;
  private final boolean dualOr;
  private final PromptBuilder prompts;
  private final Consumer<String> log;

  public SingleShotReviewer(MessagesClient client, String model, boolean dualOr) {
    this(client, model, dualOr, new PromptBuilder(), message -> {});
  }

  /** {@code log} receives counts, reasons and codes only (never prompt, diff or model text). */
  public SingleShotReviewer(MessagesClient client, String model, boolean dualOr, PromptBuilder prompts,
      Consumer<String> log) {
    this.client = client;
    this.model = model;
    this.dualOr = dualOr;
    this.prompts = prompts;
    this.log = log;
  }

  public ReviewResult review(ReviewInput in) throws ReviewUnavailable {
    if (in.files().isEmpty()) {
      return ReviewResult.nothingToReview(model);
    }
    MessagesRequest request = request(prompts.build(in.files(), in.previousFindings(), in.policyText()));
    List<LegOutcome> answered = new ArrayList<>(2);
    List<ReviewUnavailable> failed = new ArrayList<>(2);
    if (dualOr) {
      runBothLegs(request, answered, failed);
    } else {
      answered.add(leg(request));
    }
    return merge(in, answered, failed);
  }

  /** The Messages API request for {@code prompt}: fixed system prompt, cached rubric block, strict output schema. */
  public MessagesRequest request(ReviewPrompt prompt) {
    return new MessagesRequest(model, MAX_TOKENS, SYSTEM_PROMPT, prompt.messages(), OutputSchema.singleShot(), null);
  }

  private void runBothLegs(MessagesRequest request, List<LegOutcome> answered, List<ReviewUnavailable> failed)
      throws ReviewUnavailable {
    FutureTask<LegOutcome> second = new FutureTask<>(() -> leg(request));
    Thread thread = new Thread(second, "sg-review-leg-2");
    thread.setDaemon(true);
    thread.start();
    try {
      answered.add(leg(request));
    } catch (ReviewUnavailable e) {
      failed.add(e);
    }
    try {
      answered.add(second.get());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof ReviewUnavailable unavailable)) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
      failed.add(unavailable);
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "interrupted while waiting for the second leg");
    }
    if (answered.isEmpty()) {
      ReviewUnavailable first = failed.get(0);
      failed.subList(1, failed.size()).forEach(first::addSuppressed);
      throw first;
    }
    failed.forEach(e -> log.accept("review: dual leg failed, other leg used: " + e.reason() + " " + e.httpStatus()));
  }

  private LegOutcome leg(MessagesRequest request) throws ReviewUnavailable {
    MessagesResponse response = client.send(request);
    if ("refusal".equals(response.stopReason())) {
      throw new ReviewUnavailable(Reason.REFUSAL, 0, "model declined to review");
    }
    ParsedReply reply = FindingParser.parse(response.firstText());
    return new LegOutcome(reply, response.usage() == null ? Usage.NONE : response.usage(), response.model());
  }

  private ReviewResult merge(ReviewInput in, List<LegOutcome> answered, List<ReviewUnavailable> failed) {
    List<RawFinding> raw = new ArrayList<>();
    Usage usage = Usage.NONE;
    int omitted = 0;
    for (LegOutcome leg : answered) {
      raw.addAll(leg.reply().findings());
      omitted += leg.reply().omitted();
      usage = usage.plus(leg.usage());
    }
    Verification v = Verifier.verify(raw, omitted, in.files(), in.previousFindings(), in.contentReader(), log);
    String answeredBy = answered.get(0).model() == null ? model : answered.get(0).model();
    log.accept("review: candidates=" + v.counts().candidates() + " low=" + v.counts().droppedLow()
        + " unanchored=" + v.counts().droppedUnanchored() + " deduped=" + v.counts().deduped()
        + " kept=" + v.findings().size());
    return new ReviewResult(v.findings(), v.counts(), usage, answeredBy, answered.size() + failed.size(), failed);
  }

  private record LegOutcome(ParsedReply reply, Usage usage, String model) {}
}

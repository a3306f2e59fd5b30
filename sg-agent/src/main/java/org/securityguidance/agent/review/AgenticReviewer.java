package org.securityguidance.agent.review;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.finding.Finding;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.prompt.DataFence;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.single.ReviewResult;
import org.securityguidance.review.verify.FindingParser;
import org.securityguidance.review.verify.ParsedReply;
import org.securityguidance.review.verify.VerifyCounts;

/**
 * The agentic commit/push reviewer (issue 4 §2): stage 1 investigates the commit with repository tools, stage 2 keeps
 * only candidates whose quoted code exists at the file and line they cite, stage 3 drops what a self-check refutes
 * with evidence. Returns the single-shot reviewer's result type, or throws {@link ReviewUnavailable} when stage 1
 * gets no answer (the caller then falls back to the single-shot review, spec llm-review §6.5).
 *
 * <p>Design note: each stage can only remove findings, and every removal is backed by a check we run ourselves
 * (the quote is in the file) or by evidence we verify (the refuting code is in the file), so the precision the
 * model's investigation gains is not traded for invented findings or invented refutations.
 */
public final class AgenticReviewer implements AgenticAttempt {
  private final Investigator investigator;
  private final MessagesClient checkClient;
  private final String model;
  private final AgenticConfig config;
  private final Deadline deadline;
  private final Function<String, Optional<String>> repoReader;
  private final Supplier<String> nonces;
  private final Consumer<String> log;

  /**
   * {@code checkClient} answers the single self-check request; {@code repoReader} reads any repository file by its
   * repository-relative path through the sandbox (empty when missing, refused or unreadable); {@code log} receives
   * counts, codes and paths only.
   */
  public AgenticReviewer(Investigator investigator, MessagesClient checkClient, String model, AgenticConfig config,
      Deadline deadline, Function<String, Optional<String>> repoReader, Consumer<String> log) {
    this(investigator, checkClient, model, config, deadline, repoReader, DataFence::randomNonce, log);
  }

  /** As above with a scripted delimiter-token source (tests). */
  public AgenticReviewer(Investigator investigator, MessagesClient checkClient, String model, AgenticConfig config,
      Deadline deadline, Function<String, Optional<String>> repoReader, Supplier<String> nonces,
      Consumer<String> log) {
    this.investigator = investigator;
    this.checkClient = checkClient;
    this.model = model;
    this.config = config;
    this.deadline = deadline;
    this.repoReader = repoReader;
    this.nonces = nonces;
    this.log = log;
  }

  @Override
  public AgenticOutcome review(ReviewInput in) throws ReviewUnavailable {
    long start = deadline.clock().millis();
    if (in.files().isEmpty()) {
      ReviewResult empty = new ReviewResult(List.of(), VerifyCounts.NONE, Usage.NONE, model, 0, List.of());
      return new AgenticOutcome(empty, new AgenticStats(0, 0, 0, 0, 0, 0, LoopStats.none(LoopStop.END_TURN), 0));
    }
    InvestigationPrompt prompt = new InvestigationPromptBuilder(nonces)
        .build(in.files(), in.previousFindings(), in.policyText());
    Investigation investigation = investigator.investigate(prompt);
    if (investigation.answer() == null) {
      LoopStop stop = investigation.stats().stop();
      boolean outOfTime = stop == LoopStop.DEADLINE || stop == LoopStop.INTERRUPTED || deadline.expired();
      throw new ReviewUnavailable(outOfTime ? Reason.DEADLINE : Reason.BAD_RESPONSE, -1,
          "agentic investigation ended without an answer (stop=" + stop + ")");
    }
    ParsedReply reply = FindingParser.parse(investigation.answer());
    CandidateVerifier verifier = new CandidateVerifier(in.files(), repoReader);
    CandidateVerifier.Outcome verified = verifier.verify(reply.findings(), reply.omitted(), in.previousFindings(),
        config.excludeMedium(), log);
    SelfCheck.Outcome checked = config.selfCheck()
        ? new SelfCheck(checkClient, model, deadline, nonces, log).run(verified.candidates(), in.files(), repoReader,
            verifier)
        : new SelfCheck.Outcome(verified.candidates(), 0, 0, SelfCheck.Status.SKIPPED, Usage.NONE, 0);
    List<Finding> findings = checked.survivors().stream().map(Candidate::finding).toList();
    LoopStats loop = investigation.stats();
    ReviewResult result = new ReviewResult(findings, verified.counts(), loop.usage().plus(checked.usage()),
        investigation.model() == null ? model : investigation.model(), loop.turns() + checked.calls(), List.of());
    AgenticStats stats = new AgenticStats(verified.considered(), verified.counts().droppedUnanchored(),
        checked.refuted(), checked.unbacked(), findings.size(), checked.status().code(), loop,
        deadline.clock().millis() - start);
    log.accept("agentic review: candidates=" + stats.candidates() + " unanchored=" + stats.unanchored()
        + " refuted=" + stats.refuted() + " unbacked=" + stats.refuteUnbacked() + " kept=" + stats.survived());
    return new AgenticOutcome(result, stats);
  }

  /** The investigation's stats after the last {@link #review}, also when it failed; {@code null} when unknown. */
  @Override
  public LoopStats lastLoopStats() {
    return investigator.lastStats();
  }
}

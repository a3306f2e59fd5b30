package org.securityguidance.agent.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.review.api.ClaudeCliLocator;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.ReviewTransport;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.review.prompt.PromptBuilder;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.single.ReviewResult;
import org.securityguidance.review.single.SingleShotReviewer;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/**
 * Assembles the commit/push review of one repository from the process configuration: the agentic reviewer on the
 * Messages API with the sandbox's tools, or through the user's {@code claude} CLI on a third-party provider, raced
 * against the single-shot reviewer. Each review's deadlines start when that review starts.
 *
 * @param transport the transport configuration ({@code TransportConfig.from(env)})
 * @param env the hook's environment (the CLI child inherits it, with spec §6.4 step 5 overrides)
 * @param config the agentic configuration ({@link AgenticConfig#from})
 * @param tools the repository tools ({@code ToolBox.of(set.names(), set.definitions(), set::execute)}), or
 *     {@code null} when the sandbox could not be opened (then only the single-shot review runs)
 * @param repoReader reads a repository file through the sandbox, for anchoring and excerpts
 * @param repoRoot the repository root (the CLI's working directory)
 * @param meter the process's usage meter
 * @param clock the clock of the agentic deadline
 * @param log the debug log (codes, counts, paths and timings only)
 */
public record CommitReviewSetup(
    TransportConfig transport, Env env, AgenticConfig config, ToolBox tools,
    Function<String, Optional<String>> repoReader, Path repoRoot, UsageMeter meter, Clock clock,
    Consumer<String> log) {

  /** The runner: agentic first, single-shot as the delayed or failure fallback. */
  public CommitReviewRunner runner() {
    return new CommitReviewRunner(config, agentic(), this::singleShot, log);
  }

  private ReviewResult singleShot(ReviewInput in) throws ReviewUnavailable {
    MessagesClient client = reviewTransport().client(meter);
    return new SingleShotReviewer(client, transport.reviewModel(), transport.dualOr(), new PromptBuilder(),
        log).review(in);
  }

  /** The agentic attempt, or {@code null} when it cannot start (no tools; no CLI on a third-party provider). */
  private AgenticAttempt agentic() {
    if (transport.thirdParty()) {
      Optional<Path> cli = ClaudeCliLocator.locate(transport.cliCandidates());
      if (cli.isEmpty()) {
        log.accept("agentic review: no claude executable at the fixed locations");
        return null;
      }
      return new PerReview(deadline -> new ClaudeCliAgent(ProcessRunner.local(), cli.get(), repoRoot, env.asMap(),
          transport.agenticModel(), config.budget().maxTurns(), deadline, meter, log));
    }
    if (tools == null) {
      return null;
    }
    return new PerReview(deadline -> new ApiInvestigator(reviewTransport().client(meter, deadline),
        transport.agenticModel(), tools, config.budget(), deadline, log));
  }

  private ReviewTransport reviewTransport() {
    return ReviewTransport.forProcess(transport, env, log::accept);
  }

  /** Builds each review's investigator and reviewer when the review starts, so its deadline starts then. */
  private final class PerReview implements AgenticAttempt {
    private final Function<Deadline, Investigator> investigators;
    private volatile AgenticReviewer last;

    PerReview(Function<Deadline, Investigator> investigators) {
      this.investigators = investigators;
    }

    @Override
    public AgenticOutcome review(ReviewInput in) throws ReviewUnavailable {
      Deadline deadline = Deadline.after(clock, config.budget().deadline());
      MessagesClient check = reviewTransport().client(meter, deadline);
      AgenticReviewer reviewer = new AgenticReviewer(investigators.apply(deadline), check, transport.agenticModel(),
          config, deadline, repoReader, log);
      last = reviewer;
      return reviewer.review(in);
    }

    @Override
    public LoopStats lastLoopStats() {
      AgenticReviewer reviewer = last;
      return reviewer == null ? null : reviewer.lastLoopStats();
    }
  }
}

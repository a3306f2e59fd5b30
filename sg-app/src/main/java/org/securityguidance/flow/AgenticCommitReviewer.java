package org.securityguidance.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.securityguidance.agent.loop.ToolBox;
import org.securityguidance.agent.review.AgenticConfig;
import org.securityguidance.agent.review.CommitReviewOutcome;
import org.securityguidance.agent.review.CommitReviewSetup;
import org.securityguidance.agent.sandbox.ConfinedFile;
import org.securityguidance.agent.sandbox.RepoSandbox;
import org.securityguidance.agent.tools.ToolSet;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.git.Git;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.review.prompt.OrgPolicy;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;

/**
 * The production {@link CommitReviewer} (issue 4): per review, a sandbox confined to the repository, its Read, Grep
 * and Glob tools, and the agentic review raced against the single-shot one ({@link CommitReviewSetup}). Usage of
 * every call, whichever reviewer made it, is metered for the metrics line and the usage log.
 *
 * <p>Design note: the sandbox is opened per review with the diff's paths, so secret files are readable only when the
 * change itself touches them. If it cannot be opened the race degrades to the single-shot review. The agentic
 * self-check quotes repository files to the model, so its reader goes through the sandbox too; the single-shot
 * verifier's anchoring reader never sends content anywhere.
 */
public final class AgenticCommitReviewer implements CommitReviewer {
  /** Most bytes of one file the self-check reader returns. */
  static final int MAX_READ_BYTES = 1024 * 1024;

  private final TransportConfig transport;
  private final Env env;
  private final AgenticConfig config;
  private final Git git;
  private final Path home;
  private final Clock clock;
  private final DebugLog log;
  private final BooleanSupplier reachable;

  public AgenticCommitReviewer(TransportConfig transport, Env env, AgenticConfig config, Path home, Clock clock,
      DebugLog log, BooleanSupplier reachable) {
    this.transport = transport;
    this.env = env;
    this.config = config;
    this.git = Git.local(env);
    this.home = home;
    this.clock = clock;
    this.log = log;
    this.reachable = reachable;
  }

  @Override
  public boolean reachable() {
    return reachable.getAsBoolean();
  }

  @Override
  public ReviewResult review(ReviewJob job) {
    Path root = job.repoRoot();
    RepoSandbox sandbox = open(root, job.files());
    ToolBox tools = sandbox == null ? null : tools(ToolSet.standard(sandbox));
    Function<String, Optional<String>> excerpts = sandbox == null ? path -> Optional.empty() : reader(sandbox);
    UsageMeter meter = new UsageMeter();
    OrgPolicy policy = OrgPolicy.load(home, root, log::log);
    ReviewInput in = new ReviewInput(job.files(), previous(job.prior()), policy.text(), new WorkTreeReader(root));
    CommitReviewOutcome o = new CommitReviewSetup(transport, env, config, tools, excerpts, root, meter, clock,
        log::log).runner().run(in);
    Map<String, Long> metrics = new LinkedHashMap<>(o.metrics());
    if (o.succeeded()) {
      metrics.putIfAbsent("candidates", (long) o.result().counts().candidates());
    }
    log.log("commit reviewer: " + (o.succeeded() ? o.result().findings().size() + " finding(s)" : "no verdict ("
        + o.failure().reason() + ")") + ", winner " + o.winner() + ", fallback " + o.fallback() + ", "
        + o.reviewMillis() + " ms");
    var usage = ReviewEngines.usage(meter.snapshot());
    return o.succeeded() ? new ReviewResult.Completed(o.result().findings(), usage, metrics)
        : new ReviewResult.Unavailable(o.failure(), usage, metrics);
  }

  private RepoSandbox open(Path root, List<FileDiff> files) {
    try {
      return RepoSandbox.open(git, root, files.stream().map(FileDiff::path).toList());
    } catch (IOException | RuntimeException e) {
      log.log("commit reviewer: sandbox unavailable (" + e.getClass().getSimpleName() + "), single-shot only");
      return null;
    }
  }

  private static ToolBox tools(ToolSet set) {
    return ToolBox.of(set.names(), set.definitions(), set::execute);
  }

  /** Reads a file the sandbox allows (no escape, no git internals, no undiffed secrets); text files only. */
  static Function<String, Optional<String>> reader(RepoSandbox sandbox) {
    return path -> {
      Optional<ConfinedFile> file = sandbox.resolve(path).file();
      if (file.isEmpty()) {
        return Optional.empty();
      }
      try {
        byte[] head = sandbox.readHead(file.get(), MAX_READ_BYTES);
        for (byte b : head) {
          if (b == 0) {
            return Optional.empty(); // binary
          }
        }
        return Optional.of(new String(head, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    };
  }

  /** The "do not re-flag" list in the reviewer's shape; severity is not stored and does not matter there. */
  private static List<Finding> previous(List<PriorFinding> prior) {
    List<Finding> out = new ArrayList<>(prior.size());
    prior.forEach(p -> out.add(new Finding(p.filePath(), p.category(), Severity.MEDIUM, p.vulnerableCode(), "", "",
        0)));
    return out;
  }
}

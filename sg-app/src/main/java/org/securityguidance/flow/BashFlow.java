package org.securityguidance.flow;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.securityguidance.config.Settings;
import org.securityguidance.git.BashCommand;
import org.securityguidance.git.CommandTargets;
import org.securityguidance.git.Git;
import org.securityguidance.git.OnceClaim;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.usage.UsageLog;

/**
 * PostToolUse on Bash (spec §2.5): commands that neither commit nor push leave silently and cheaply (several Claude
 * Code builds spawn every Bash entry on every call, #4894/#5330), a compound {@code commit && push} spawned twice is
 * de-duplicated per {@code tool_use_id}, then the commit review ({@link CommitReviewFlow}) or, when nothing
 * committed, the push sweep ({@link PushReviewFlow}) runs. Commit wins on purpose: the commit it reviews is recorded,
 * so the next push advances past it.
 */
public final class BashFlow {
  private final Settings settings;
  private final DebugLog log;
  private final Git git;
  private final Clock clock;
  private final Review review;

  /**
   * The review side of commit and push hooks.
   *
   * @param reviewer the reviewer, empty without credentials (asked only once the earlier gates passed)
   * @param store the session state (rate limits, "already told" findings)
   * @param usage the local usage log, or null for none
   * @param diffs reads commit patches and range diffs
   * @param limits the commit review's file and character caps ({@code MAX_DIFF_FILES}…)
   */
  public record Review(Supplier<Optional<CommitReviewer>> reviewer, SessionStore store, UsageLog usage,
      CommitDiff diffs, ScopeLimits limits) {
    /** No reviewer: reviewable commits and pushes end at skip 22. */
    public static Review none(Env env, SessionStore store) {
      return new Review(Optional::empty, store, null, CommitDiff.local(env), ScopeLimits.from(env));
    }

    CommittedReview committed(Settings settings, DebugLog log, Clock clock, long pv) {
      return new CommittedReview(settings, log, store, usage, clock, pv);
    }
  }

  public BashFlow(Settings settings, DebugLog log, Git git, Clock clock, Review review) {
    this.settings = settings;
    this.log = log;
    this.git = git;
    this.clock = clock;
    this.review = review;
  }

  public int run(HookInput in, HookOutput out) {
    String command = JsonView.string(in.toolInput(), "command");
    BashCommand.Classification kind = BashCommand.classify(command);
    if (kind.kind() == BashCommand.Kind.NONE) {
      return 0;
    }
    OnceClaim.Result claim = claim(in, command, kind.kind());
    log.log("bash: " + kind.kind() + " in " + in.cwd() + ", claim " + claim);
    if (claim == OnceClaim.Result.ALREADY_CLAIMED) {
      out.emit(MetricLine.empty().put("bash_hook_dedup", true));
      return 0;
    }
    return kind.kind() == BashCommand.Kind.COMMIT
        ? new CommitReviewFlow(settings, log, git, clock, review).run(in, kind, out)
        : new PushReviewFlow(settings, log, git, clock, review).run(in, out);
  }

  /**
   * The once-per-tool-use claim (spec §6.1) in the hook cwd's repository, or — when the cwd is not in one — in the
   * repository the command itself moved to; every spawn of one call computes the same place.
   */
  private OnceClaim.Result claim(HookInput in, String command, BashCommand.Kind kind) {
    OnceClaim once = new OnceClaim(git, clock);
    Optional<Path> cwd = directory(in.cwd());
    OnceClaim.Result result = once.claim(cwd.orElse(null), in.toolUseId());
    if (result != OnceClaim.Result.NOT_APPLICABLE || in.toolUseId().isEmpty()) {
      return result;
    }
    for (CommandDirectory.Candidate c : CommandDirectory.candidates(in.cwd(),
        CommandTargets.last(CommandTargets.of(command), kind))) {
      if (c.resolution() == CommandDirectory.Resolution.COMMAND) {
        return once.claim(c.dir(), in.toolUseId());
      }
    }
    return result;
  }

  private static Optional<Path> directory(String cwd) {
    if (cwd.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(cwd));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}

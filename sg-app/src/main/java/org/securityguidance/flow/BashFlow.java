package org.securityguidance.flow;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.securityguidance.config.Settings;
import org.securityguidance.git.BashCommand;
import org.securityguidance.git.Git;
import org.securityguidance.git.OnceClaim;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.JsonView;
import org.securityguidance.state.DebugLog;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;

/**
 * PostToolUse on Bash (spec §2.5): commands that neither commit nor push leave silently and cheaply (several Claude
 * Code builds spawn every Bash entry on every call, #4894/#5330), a compound {@code commit && push} spawned twice is
 * de-duplicated per {@code tool_use_id}, and the commit review / push sweep report why they did not run. This build
 * has no LLM review layer, so a reviewable commit or push ends at skip 22; it never exits 2.
 */
public final class BashFlow {
  private final Settings settings;
  private final DebugLog log;
  private final Git git;
  private final Clock clock;

  public BashFlow(Settings settings, DebugLog log, Git git, Clock clock) {
    this.settings = settings;
    this.log = log;
    this.git = git;
    this.clock = clock;
  }

  public int run(HookInput in, HookOutput out) {
    BashCommand.Classification kind = BashCommand.classify(JsonView.string(in.toolInput(), "command"));
    if (kind.kind() == BashCommand.Kind.NONE) {
      return 0;
    }
    Optional<Path> cwd = directory(in.cwd());
    OnceClaim.Result claim = new OnceClaim(git, clock).claim(cwd.orElse(null), in.toolUseId());
    log.log("bash: " + kind.kind() + " in " + in.cwd() + ", claim " + claim);
    if (claim == OnceClaim.Result.ALREADY_CLAIMED) {
      out.emit(MetricLine.empty().put("bash_hook_dedup", true));
      return 0;
    }
    boolean interrupted = JsonView.truthy(in.toolResponse(), "interrupted");
    MetricLine line = kind.kind() == BashCommand.Kind.COMMIT
        ? commitLine(out, in, cwd, interrupted) : pushLine(out, interrupted);
    out.emit(line);
    return 0;
  }

  private MetricLine commitLine(HookOutput out, HookInput in, Optional<Path> cwd, boolean interrupted) {
    Optional<CommitSuccess.Failure> failure = commitFailure(in, cwd, interrupted);
    SkipReason reason = failure.isPresent() ? SkipReason.NOT_SUCCESSFUL
        : !settings.commitReview() ? SkipReason.COMMIT_REVIEW_DISABLED
        : SkipReason.REVIEW_UNAVAILABLE;
    MetricLine line = out.metrics().skip(reason)
        .put("commit_review", true)
        .put("commit_review_on", settings.commitReview());
    failure.ifPresent(f -> line.put("skip_21_sub", f.code));
    log.log("bash: commit review skipped, reason " + reason.code());
    return line;
  }

  private Optional<CommitSuccess.Failure> commitFailure(HookInput in, Optional<Path> cwd, boolean interrupted) {
    if (interrupted) {
      return Optional.of(CommitSuccess.Failure.INTERRUPTED);
    }
    String stdout = JsonView.string(in.toolResponse(), "stdout");
    String stderr = JsonView.string(in.toolResponse(), "stderr");
    if (CommitSuccess.outputShowsCommit(stdout, stderr)) {
      return Optional.empty();
    }
    if (cwd.isEmpty()) {
      return Optional.of(CommitSuccess.Failure.NO_COMMIT_ENTRIES);
    }
    return CommitSuccess.reflogFailure(git, cwd.get(), clock.instant().getEpochSecond());
  }

  /** Spec §2.5.2 order: sweep off (40), then interrupted (21), then no review available (22). */
  private MetricLine pushLine(HookOutput out, boolean interrupted) {
    SkipReason reason = !settings.pushSweep() ? SkipReason.PUSH_SWEEP_DISABLED
        : interrupted ? SkipReason.NOT_SUCCESSFUL
        : SkipReason.REVIEW_UNAVAILABLE;
    log.log("bash: push sweep skipped, reason " + reason.code());
    return out.metrics().skip(reason).put("push_sweep", true).put("push_sweep_on", settings.pushSweep());
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

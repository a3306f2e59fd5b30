package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.securityguidance.config.Settings;
import org.securityguidance.git.BashCommand;
import org.securityguidance.git.CommandTargets;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.telemetry.SkipReason;

/**
 * The push sweep of one Bash call (spec §2.5.2, §7): review only the pushed commits that no commit review covered.
 * Gates in the original's order (40 off, 21 interrupted, 22 no reviewer, 25 no cwd, 26 not a repository), then the
 * pushed range ({@link PushRange}: 44 multi-ref or not HEAD, 46 no success signal, 41 no previous tip, 42 empty, 43
 * too large), the reviewed prefix is skipped, and the rest is one net diff handed to {@link CommittedReview}, which
 * reports at most {@code SG_PUSH_SWEEP_REPORT_CAP} findings.
 */
final class PushReviewFlow {
  private final Settings settings;
  private final DebugLog log;
  private final Git git;
  private final Clock clock;
  private final BashFlow.Review review;

  PushReviewFlow(Settings settings, DebugLog log, Git git, Clock clock, BashFlow.Review review) {
    this.settings = settings;
    this.log = log;
    this.git = git;
    this.clock = clock;
    this.review = review;
  }

  int run(HookInput in, HookOutput out) {
    BashLine line = new BashLine(out, BashLine.Surface.PUSH, settings.pushSweep());
    if (!settings.pushSweep()) {
      return skip(line, out, SkipReason.PUSH_SWEEP_DISABLED);
    }
    if (JsonView.truthy(in.toolResponse(), "interrupted")) {
      return skip(line, out, SkipReason.NOT_SUCCESSFUL);
    }
    Optional<CommitReviewer> reviewer = settings.codeReview() ? review.reviewer().get() : Optional.empty();
    if (reviewer.isEmpty()) {
      return skip(line, out, SkipReason.REVIEW_UNAVAILABLE);
    }
    String command = JsonView.string(in.toolInput(), "command");
    CommandTargets.Target target = CommandTargets.last(CommandTargets.of(command), BashCommand.Kind.PUSH);
    List<CommandDirectory.Candidate> dirs = CommandDirectory.candidates(in.cwd(), target);
    if (dirs.isEmpty()) {
      return skip(line, out, SkipReason.NO_CWD);
    }
    Optional<Path> root = git.topLevel(dirs.get(0).dir());
    if (root.isEmpty()) {
      return skip(line, out, SkipReason.NOT_A_REPO);
    }
    PushOutput.Parsed pushed = PushOutput.parse(JsonView.string(in.toolResponse(), "stdout"),
        JsonView.string(in.toolResponse(), "stderr"));
    PushRange.Result range = new PushRange(git, root.get(), clock.instant().getEpochSecond())
        .resolve(pushed, settings.pushSweepMaxRange());
    if (range.skip() != null) {
      if (range.skip() == SkipReason.EMPTY_PUSH_RANGE || range.skip() == SkipReason.PUSH_RANGE_TOO_LARGE) {
        line.note("pushed", range.total());
      }
      return skip(line, out, range.skip());
    }
    return sweep(root.get(), range, reviewer.get(), line, out);
  }

  private int sweep(Path root, PushRange.Result range, CommitReviewer reviewer, BashLine line, HookOutput out) {
    ReviewedCommits reviewed = new ReviewedCommits(git.commonDir(root).orElse(root.resolve(".git")));
    List<String> commits = range.commits();
    int advanced = 0;
    while (advanced < commits.size() && reviewed.contains(commits.get(advanced))) {
      advanced++;
    }
    line.note("pushed", commits.size()).note("unreviewed", commits.size() - advanced)
        .note("prefix_advanced", advanced);
    if (advanced == commits.size()) {
      log.log("bash: push of " + commits.size() + " commit(s), all reviewed at commit time");
      out.emit(line.plain());
      return 0;
    }
    String base = advanced == 0 ? range.previous() : commits.get(advanced - 1);
    List<String> tail = commits.subList(advanced, commits.size());
    ScopeLimits limits = new ScopeLimits(settings.pushSweepMaxFiles(), review.limits().perFileChars(),
        review.limits().totalChars());
    ReviewScope.Result scope = review.diffs().ofRange(root, base, range.head(), limits);
    switch (scope.outcome()) {
      case OK -> {
        CommittedReview.Job job = new CommittedReview.Job(root, scope, tail, reviewed,
            settings.pushSweepReportCap());
        return review.committed(settings, log, clock, out.pv()).run(job, reviewer, line, out);
      }
      case TOO_MANY_FILES -> {
        line.note("diff_files_count", scope.metrics().getOrDefault("diff_files_count", 0L));
        return skip(line, out, SkipReason.PATHOLOGICAL_DIFF);
      }
      case EMPTY_DIFF -> {
        if (!diffSucceeded(root, base, range.head())) {
          return skip(line, out, SkipReason.PUSH_DIFF_FAILED); // tail stays unreviewed for the next push
        }
        reviewed.record(tail, clock.millis() / 1000, out.pv(), 0);
        return skip(line, out, SkipReason.NO_REVIEWABLE_FILES);
      }
      default -> {
        reviewed.record(tail, clock.millis() / 1000, out.pv(), 0);
        return skip(line, out, SkipReason.NO_REVIEWABLE_FILES);
      }
    }
  }

  /** Tells an empty net diff (commits that cancel out) from a diff git could not produce (spec §7 step 7: 45). */
  private boolean diffSucceeded(Path root, String base, String head) {
    ProcessResult r = git.run(root, GitTimeout.DIFF, "diff", "--name-only", base, head, "--");
    return r.ok() && r.stdout().isBlank();
  }

  private int skip(BashLine line, HookOutput out, SkipReason reason) {
    log.log("bash: push sweep skipped, reason " + reason.code());
    out.emit(line.skip(reason));
    return 0;
  }
}

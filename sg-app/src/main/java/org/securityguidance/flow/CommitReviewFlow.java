package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securityguidance.config.Settings;
import org.securityguidance.git.BashCommand;
import org.securityguidance.git.CommandTargets;
import org.securityguidance.git.Git;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.JsonView;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.state.DebugLog;
import org.securityguidance.telemetry.SkipReason;

/**
 * The commit review of one Bash call (spec §2.5.1, §6): detect the new commit(s), pass the gates in the original's
 * order (21 not committed, 32 off, 22 no reviewer, 24 unreachable, 25 no cwd, 26 not a repository, 33/28 no commit),
 * read the patch (an amend's delta only), then hand over to {@link CommittedReview}.
 */
final class CommitReviewFlow {
  /** A repository found for the commit: its top level and how it was found. */
  private record Repo(Path root, CommandDirectory.Resolution resolution) {}

  private final Settings settings;
  private final DebugLog log;
  private final Git git;
  private final Clock clock;
  private final BashFlow.Review review;

  CommitReviewFlow(Settings settings, DebugLog log, Git git, Clock clock, BashFlow.Review review) {
    this.settings = settings;
    this.log = log;
    this.git = git;
    this.clock = clock;
    this.review = review;
  }

  int run(HookInput in, BashCommand.Classification kind, HookOutput out) {
    BashLine line = new BashLine(out, BashLine.Surface.COMMIT, settings.commitReview());
    if (JsonView.truthy(in.toolResponse(), "interrupted")) {
      line.note("skip_21_sub", CommitSuccess.Failure.INTERRUPTED.code);
      return skip(line, out, SkipReason.NOT_SUCCESSFUL); // before any git call: nothing was committed for sure
    }
    String command = JsonView.string(in.toolInput(), "command");
    List<CommandDirectory.Candidate> dirs = CommandDirectory.candidates(in.cwd(),
        CommandTargets.last(CommandTargets.of(command), BashCommand.Kind.COMMIT));
    List<Repo> repos = repos(dirs);
    Repo primary = repos.isEmpty() ? null : repos.get(0);
    ReviewedCommits reviewed = primary == null ? null : new ReviewedCommits(commonDir(primary.root()));
    CommitSuccess.Detection found = CommitSuccess.detect(JsonView.string(in.toolResponse(), "stdout"),
        JsonView.string(in.toolResponse(), "stderr"), git,
        primary == null ? null : primary.root(), reviewed, clock.instant().getEpochSecond());
    if (!found.succeeded()) {
      line.note("skip_21_sub", found.failure().code);
      return skip(line, out, SkipReason.NOT_SUCCESSFUL);
    }
    if (!settings.commitReview()) {
      return skip(line, out, SkipReason.COMMIT_REVIEW_DISABLED);
    }
    Optional<CommitReviewer> reviewer = settings.codeReview() ? review.reviewer().get() : Optional.empty();
    if (reviewer.isEmpty()) {
      return skip(line, out, SkipReason.REVIEW_UNAVAILABLE);
    }
    if (!reviewer.get().reachable()) {
      return skip(line, out, SkipReason.COMMIT_API_UNREACHABLE);
    }
    if (dirs.isEmpty()) {
      return skip(line, out, SkipReason.NO_CWD);
    }
    if (primary == null) {
      return skip(line, out, SkipReason.NOT_A_REPO);
    }
    if (found.viaReflog()) {
      line.note("sha_via_reflog", true).note("reflog_shas_n", found.shas().size());
    }
    return review(kind, found, found.viaReflog() ? List.of(primary) : repos, reviewer.get(), line, out);
  }

  private int review(BashCommand.Classification kind, CommitSuccess.Detection found, List<Repo> repos,
      CommitReviewer reviewer, BashLine line, HookOutput out) {
    if (found.shas().isEmpty()) {
      return skip(line, out, SkipReason.NO_SHA_PARSED);
    }
    Repo repo = null;
    List<String> full = List.of();
    for (Repo r : repos) {
      full = fullIds(r.root(), found.shas());
      if (!full.isEmpty()) {
        repo = r;
        break;
      }
    }
    if (repo == null) {
      line.note("shas_found", found.shas().size());
      return skip(line, out, SkipReason.NO_SHA_RESOLVED);
    }
    if (repo.resolution() != CommandDirectory.Resolution.HOOK_CWD) {
      line.note("repo_resolution", repo.resolution().code); // the common case costs none of the 20 metric keys
    }
    ReviewedCommits reviewed = new ReviewedCommits(commonDir(repo.root()));
    CommitScope scopes = new CommitScope(review.diffs(), review.limits());
    Optional<String> pre = isSingleAmend(kind, found, full)
        ? CommitSuccess.amendedFrom(git, repo.root(), full.get(0)) : Optional.empty();
    CommitScope.Result scope;
    if (pre.isPresent()) {
      line.note("amend_delta_review", true);
      scope = scopes.amendDelta(repo.root(), pre.get(), full.get(0));
      if (scope.scope().outcome() == ScopeOutcome.EMPTY_DIFF) {
        if (reviewed.contains(pre.get())) {
          reviewed.record(full, clock.millis() / 1000, out.pv(), 0); // same tree as a reviewed commit
        }
        line.note("files_reviewed", 0);
        return skip(line, out, SkipReason.NOTHING_NEW);
      }
    } else {
      scope = scopes.commits(repo.root(), full);
      if (scope.diffed().isEmpty()) {
        line.note("shas_found", full.size());
        return skip(line, out, SkipReason.NO_SHA_RESOLVED);
      }
    }
    return reviewScope(repo.root(), scope, reviewed, reviewer, line, out);
  }

  private int reviewScope(Path root, CommitScope.Result scope, ReviewedCommits reviewed, CommitReviewer reviewer,
      BashLine line, HookOutput out) {
    switch (scope.scope().outcome()) {
      case OK -> {
        CommittedReview.Job job = new CommittedReview.Job(root, scope.scope(), scope.diffed(), reviewed, 0);
        return review.committed(settings, log, clock, out.pv()).run(job, reviewer, line, out);
      }
      case TOO_MANY_FILES -> {
        line.note("diff_files_count", scope.scope().metrics().getOrDefault("diff_files_count", 0L));
        return skip(line, out, SkipReason.PATHOLOGICAL_DIFF);
      }
      default -> {
        // Nothing reviewable (docs, lockfiles, binaries): the push review would skip these commits too.
        reviewed.record(scope.diffed(), clock.millis() / 1000, out.pv(), 0);
        return skip(line, out, SkipReason.NO_REVIEWABLE_FILES);
      }
    }
  }

  /** Spec §6.3: one commit invocation that amends, one commit found, at most one id in the output. */
  private static boolean isSingleAmend(BashCommand.Classification kind, CommitSuccess.Detection found,
      List<String> full) {
    return kind.amend() && kind.commits() <= 1 && full.size() == 1 && found.shaLines() <= 1;
  }

  /** The full ids of {@code shas} that name commits in {@code root}, order kept. */
  private List<String> fullIds(Path root, List<String> shas) {
    List<String> out = new ArrayList<>();
    for (String sha : shas) {
      git.revParseVerify(root, sha + "^{commit}").filter(s -> !out.contains(s)).ifPresent(out::add);
    }
    return out;
  }

  private List<Repo> repos(List<CommandDirectory.Candidate> dirs) {
    List<Repo> out = new ArrayList<>();
    for (CommandDirectory.Candidate c : dirs) {
      git.topLevel(c.dir()).filter(root -> out.stream().noneMatch(r -> r.root().equals(root)))
          .ifPresent(root -> out.add(new Repo(root, c.resolution())));
    }
    return out;
  }

  private Path commonDir(Path root) {
    return git.commonDir(root).orElse(root.resolve(".git"));
  }

  private int skip(BashLine line, HookOutput out, SkipReason reason) {
    log.log("bash: commit review skipped, reason " + reason.code());
    out.emit(line.skip(reason));
    return 0;
  }
}

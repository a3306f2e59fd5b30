package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.usage.ReviewLayer;
import org.securityguidance.usage.ReviewOutcome;
import org.securityguidance.usage.UsageEntry;
import org.securityguidance.usage.UsageLog;

/**
 * {@code security-guidance review --commit REV | --range A..B} (issue 4 §4): the commit reviewer of the hooks over
 * one commit's patch or the net diff of a range, outside Claude Code. No session state and no reviewed-commit record
 * is touched; only the usage log gets its entry.
 */
public final class CommitRangeReview {
  /**
   * A resolved target.
   *
   * @param repoRoot the work-tree root
   * @param base the range's start (full id), or null for a single commit
   * @param tip the commit, or the range's end (full id)
   */
  public record Target(Path repoRoot, String base, String tip) {
    public boolean singleCommit() {
      return base == null;
    }
  }

  /**
   * A finished review.
   *
   * @param target what was reviewed
   * @param scope the files (or why there were none)
   * @param result the verdict, empty when there was nothing to review
   * @param reviewMs time spent in the reviewer
   */
  public record Outcome(Target target, ReviewScope.Result scope, Optional<ReviewResult> result, long reviewMs) {}

  /** The target cannot be reviewed; the message is one line for the user. */
  public static final class TargetException extends Exception {
    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
      super(message);
    }
  }

  private final Env env;
  private final Clock clock;
  private final UsageLog usage;

  public CommitRangeReview(Env env, Clock clock, UsageLog usage) {
    this.env = env;
    this.clock = clock;
    this.usage = usage;
  }

  /** One commit of the repository containing {@code dir}. */
  public Target commit(Path dir, String rev) throws TargetException {
    Git git = Git.local(env);
    Path root = root(git, dir);
    return new Target(root, null, resolve(git, root, rev));
  }

  /** {@code A..B} (commits in B not in A, as one net diff from A) or {@code A...B} (from their merge base). */
  public Target range(Path dir, String spec) throws TargetException {
    Git git = Git.local(env);
    Path root = root(git, dir);
    boolean symmetric = spec.contains("...");
    String[] ends = spec.split(symmetric ? "\\.\\.\\." : "\\.\\.", 2);
    String tip = resolve(git, root, ends.length < 2 || ends[1].isEmpty() ? "HEAD" : ends[1]);
    String base = resolve(git, root, ends[0].isEmpty() ? "HEAD" : ends[0]);
    if (symmetric) {
      ProcessResult mb = git.run(root, GitTimeout.LOOKUP, "merge-base", base, tip);
      base = mb.ok() ? mb.stdout().strip() : "";
      if (!base.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
        throw new TargetException("no common ancestor in " + spec);
      }
    }
    return new Target(root, base, tip);
  }

  /** Scopes and reviews the target; records one usage entry when a review ran. */
  public Outcome run(Target target, CommitReviewer reviewer) {
    ScopeLimits limits = ScopeLimits.from(env);
    CommitDiff diffs = CommitDiff.local(env);
    ReviewScope.Result scope = target.singleCommit()
        ? diffs.ofCommit(target.repoRoot(), target.tip(), limits)
        : diffs.ofRange(target.repoRoot(), target.base(), target.tip(), limits);
    if (scope.outcome() != ScopeOutcome.OK || scope.files().isEmpty()) {
      return new Outcome(target, scope, Optional.empty(), 0);
    }
    long start = clock.millis();
    ReviewResult result = reviewer.review(new ReviewJob(scope.repoRoot(), scope.files(), List.of()));
    long ms = clock.millis() - start;
    record(scope, result, ms);
    return new Outcome(target, scope, Optional.of(result), ms);
  }

  private void record(ReviewScope.Result scope, ReviewResult result, long ms) {
    if (usage == null) {
      return;
    }
    int found = result instanceof ReviewResult.Completed c ? c.findings().size() : 0;
    ReviewOutcome outcome = result instanceof ReviewResult.Unavailable ? ReviewOutcome.UNAVAILABLE
        : found > 0 ? ReviewOutcome.FINDINGS : ReviewOutcome.CLEAN;
    int error = result instanceof ReviewResult.Unavailable u ? u.error().reason().code() : 0;
    usage.append(new UsageEntry(clock.millis() / 1000, ReviewLayer.CLI_REVIEW, outcome, result.usage(), found,
        scope.files().size(), ScopeMetrics.truncatedChars(scope), ms, error));
  }

  private static Path root(Git git, Path dir) throws TargetException {
    return git.topLevel(dir).orElseThrow(() -> new TargetException("not inside a git work tree: " + dir));
  }

  private static String resolve(Git git, Path root, String rev) throws TargetException {
    return git.revParseVerify(root, rev + "^{commit}")
        .orElseThrow(() -> new TargetException("unknown revision: " + rev));
  }
}

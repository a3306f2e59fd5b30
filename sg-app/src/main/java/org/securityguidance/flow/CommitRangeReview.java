package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
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



  private final Env env;
  private final ScopedReview reviews;

  public CommitRangeReview(Env env, Clock clock, UsageLog usage) {
    this.env = env;
    this.reviews = new ScopedReview(clock, usage);
  }

  /** One commit of the repository containing {@code dir}. */
  public Target commit(Path dir, String rev) throws ReviewTargetException {
    Git git = Git.local(env);
    Path root = root(git, dir);
    return new Target(root, null, resolve(git, root, rev));
  }

  /** {@code A..B} (commits in B not in A, as one net diff from A) or {@code A...B} (from their merge base). */
  public Target range(Path dir, String spec) throws ReviewTargetException {
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
        throw new ReviewTargetException("no common ancestor in " + spec);
      }
    }
    return new Target(root, base, tip);
  }

  /** Scopes and reviews the target; records one usage entry when a review ran. */
  public FinishedReview<Target> run(Target target, CommitReviewer reviewer) {
    ScopeLimits limits = ScopeLimits.from(env);
    CommitDiff diffs = CommitDiff.local(env);
    ReviewScope.Result scope = target.singleCommit()
        ? diffs.ofCommit(target.repoRoot(), target.tip(), limits)
        : diffs.ofRange(target.repoRoot(), target.base(), target.tip(), limits);
    ScopedReview.Verdict verdict = reviews.run(scope, reviewer::review);
    return new FinishedReview<>(target, scope, verdict.result(), verdict.reviewMs());
  }

  private static Path root(Git git, Path dir) throws ReviewTargetException {
    return git.topLevel(dir).orElseThrow(() -> new ReviewTargetException("not inside a git work tree: " + dir));
  }

  private static String resolve(Git git, Path root, String rev) throws ReviewTargetException {
    return git.revParseVerify(root, rev + "^{commit}")
        .orElseThrow(() -> new ReviewTargetException("unknown revision: " + rev));
  }
}

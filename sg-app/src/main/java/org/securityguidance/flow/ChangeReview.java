package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.usage.UsageLog;

/**
 * {@code security-guidance review} outside Claude Code (issue 3 §4): the Stop hook's scope rules, reviewer and
 * verification over a work tree's uncommitted changes, or over the commits since a base revision (CI, pre-commit).
 * No session state: nothing is "already reported", and nothing is remembered except the usage-log entry.
 */
public final class ChangeReview {
  /** What to review. */
  public enum Mode {
    /** Uncommitted changes against HEAD, new untracked files included. */
    WORKING_TREE,
    /** The commits from the merge base of {@code --base} and HEAD up to HEAD. */
    RANGE
  }

  /**
   * A resolved review target.
   *
   * @param repoRoot the work-tree root
   * @param mode working tree or commit range
   * @param baseSha the merge base for {@link Mode#RANGE}, else null
   */
  public record Target(Path repoRoot, Mode mode, String baseSha) {}



  private final Env env;
  private final ScopedReview reviews;

  public ChangeReview(Env env, Clock clock, UsageLog usage) {
    this.env = env;
    this.reviews = new ScopedReview(clock, usage);
  }

  /** Resolves {@code dir} to its repository and {@code baseRev} (nullable) to the merge base with HEAD. */
  public Target target(Path dir, String baseRev) throws ReviewTargetException {
    Git git = Git.local(env);
    Path root = git.topLevel(dir).orElseThrow(() -> new ReviewTargetException("not inside a git work tree: " + dir));
    if (baseRev == null) {
      return new Target(root, Mode.WORKING_TREE, null);
    }
    String base = git.revParseVerify(root, baseRev + "^{commit}")
        .orElseThrow(() -> new ReviewTargetException("unknown revision: " + baseRev));
    ProcessResult mergeBase = git.run(root, GitTimeout.LOOKUP, "merge-base", base, "HEAD");
    String sha = mergeBase.ok() ? mergeBase.stdout().strip() : "";
    if (!sha.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
      throw new ReviewTargetException("no common ancestor of " + baseRev + " and HEAD");
    }
    return new Target(root, Mode.RANGE, sha);
  }

  /** Scopes and reviews the target with {@code engine}; records one usage entry when a review ran. */
  public FinishedReview<Target> run(Target target, ReviewEngine engine) {
    ScopeLimits limits = ScopeLimits.from(env);
    ReviewScope.Result scope = target.mode() == Mode.RANGE
        ? CommitDiff.local(env).ofRange(target.repoRoot(), target.baseSha(), "HEAD", limits)
        : ReviewScope.local(env).compute(target.repoRoot(), BaselineState.none(), limits);
    ScopedReview.Verdict verdict = reviews.run(scope, engine::review);
    return new FinishedReview<>(target, scope, verdict.result(), verdict.reviewMs());
  }
}

package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.scope.ScopeOutcome;

/**
 * The files of the commit(s) one Bash call made (spec §6.3): each commit's patch, or only an amend's delta, through
 * {@link CommitDiff}. With several commits a path is kept once, from the newest commit, and the file and character
 * caps apply to the union. A commit whose patch git cannot produce is skipped, never replaced by HEAD.
 */
final class CommitScope {
  /**
   * What was found.
   *
   * @param scope the files (or why there are none); {@link ScopeOutcome#EMPTY_DIFF} when no commit could be read
   * @param diffed full ids of the commits whose patch was read (to be recorded as reviewed)
   */
  record Result(ReviewScope.Result scope, List<String> diffed) {}

  private final CommitDiff diffs;
  private final ScopeLimits limits;

  CommitScope(CommitDiff diffs, ScopeLimits limits) {
    this.diffs = diffs;
    this.limits = limits;
  }

  /** The delta {@code pre..post} of an amend. */
  Result amendDelta(Path root, String pre, String post) {
    ReviewScope.Result scope = diffs.ofRange(root, pre, post, limits);
    return new Result(scope, List.of(post));
  }

  /** The union of {@code shas} (full ids, newest first). */
  Result commits(Path root, List<String> shas) {
    List<String> diffed = new ArrayList<>();
    Map<String, FileDiff> byPath = new LinkedHashMap<>();
    Set<ScopeOutcome> outcomes = new LinkedHashSet<>();
    Map<String, Long> metrics = new LinkedHashMap<>();
    for (String sha : shas) {
      ReviewScope.Result one = diffs.ofCommit(root, sha, limits);
      outcomes.add(one.outcome());
      if (one.outcome() == ScopeOutcome.EMPTY_DIFF) {
        continue; // git could not show it (or it changes nothing): never fall back to another commit
      }
      diffed.add(sha);
      one.files().forEach(f -> byPath.putIfAbsent(f.path(), f));
      one.metrics().forEach((k, v) -> metrics.merge(k, v, Long::sum));
    }
    if (byPath.isEmpty()) {
      ScopeOutcome why = outcomes.contains(ScopeOutcome.TOO_MANY_FILES) ? ScopeOutcome.TOO_MANY_FILES
          : diffed.isEmpty() ? ScopeOutcome.EMPTY_DIFF : ScopeOutcome.NO_SOURCE_FILES;
      return new Result(new ReviewScope.Result(why, List.of(), root, metrics), diffed);
    }
    return new Result(new ReviewScope.Result(ScopeOutcome.OK, capped(byPath, metrics), root, metrics), diffed);
  }

  /** The union within the file and total-character caps; what is cut counts as dropped files. */
  private List<FileDiff> capped(Map<String, FileDiff> byPath, Map<String, Long> metrics) {
    List<FileDiff> kept = new ArrayList<>();
    long chars = 0;
    for (FileDiff f : byPath.values()) {
      if (kept.size() >= limits.maxFiles() || chars + f.content().length() > limits.totalChars()) {
        continue;
      }
      kept.add(f);
      chars += f.content().length();
    }
    long dropped = byPath.size() - kept.size();
    if (dropped > 0) {
      metrics.merge("diff_files_dropped", dropped, Long::sum);
    }
    return kept;
  }
}

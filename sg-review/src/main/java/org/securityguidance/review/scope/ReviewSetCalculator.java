package org.securityguidance.review.scope;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Computes the end-of-turn review set (spec §3.3): files dirty now (or committed this turn) that also changed since
 * the turn-start baseline, so the user's untouched pre-turn work and pre-existing untracked files stay out.
 *
 * <p>Design note: the list comes from git state, not from the edit hook's touched paths, so edits made through Bash
 * or sub-agents are included. A failing {@code changed_since} query (e.g. the stash commit was pruned) widens the set
 * to everything dirty rather than intersecting with an empty set.
 */
final class ReviewSetCalculator {
  private final ScopeGit git;

  ReviewSetCalculator(ScopeGit git) {
    this.git = git;
  }

  /** The review set of the repository containing {@code cwd}; never throws. */
  ReviewSet compute(Path cwd, BaselineState baseline) {
    Path root = git.git().topLevel(cwd).orElse(cwd);
    ProcessResult status = git.run(root, GitTimeout.DIFF, List.of("status", "--porcelain=v1", "-uall", "-z"));
    if (!status.ok() || status.truncated()) {
      return ReviewSet.statusFailed(root);
    }
    StatusEntries entries = StatusEntries.parse(ScopeGit.nulPaths(status));
    Set<String> preexisting = preexistingUnchanged(root, entries.untracked(), baseline.untrackedAtBaseline());
    Set<String> newUntracked = new TreeSet<>(entries.untracked());
    newUntracked.removeAll(preexisting);

    Set<String> dirtyNow = new TreeSet<>(entries.trackedDirty());
    dirtyNow.addAll(newUntracked);
    Optional<String> head = git.git().headSha(root);
    String diffBase = head.isPresent() ? "HEAD" : emptyTree(root);
    if (committedThisTurn(root, baseline.headAtCapture(), head)) {
      diffBase = baseline.headAtCapture();
      dirtyNow.addAll(nameOnly(root, List.of(baseline.headAtCapture() + "..HEAD")).orElse(Set.of()));
    }
    Optional<Set<String>> changedSince = changedSince(root, baseline, newUntracked);
    Set<String> reviewSet = new TreeSet<>(dirtyNow);
    changedSince.ifPresent(reviewSet::retainAll);

    Set<String> untrackedInReview = new TreeSet<>(newUntracked);
    untrackedInReview.retainAll(reviewSet);
    Map<String, String> origins = new LinkedHashMap<>(entries.origins());
    origins.keySet().retainAll(reviewSet);
    return new ReviewSet(root, List.copyOf(reviewSet), diffBase, untrackedInReview, origins, false,
        metrics(dirtyNow.size(), changedSince, reviewSet.size(), preexisting.size()));
  }

  /** Untracked files recorded at the baseline whose mtime has not changed since (spec §3.3 step 2). */
  private static Set<String> preexistingUnchanged(Path root, Set<String> untracked, Map<String, Long> atBaseline) {
    Set<String> out = new TreeSet<>();
    for (String path : untracked) {
      Long recorded = atBaseline.get(path);
      if (recorded != null && Objects.equals(Baseline.mtimeNanos(root, path).orElse(null), recorded)) {
        out.add(path);
      }
    }
    return out;
  }

  /** HEAD moved forward by commits made this turn: the capture-time HEAD is a proper ancestor of HEAD (step 4). */
  private boolean committedThisTurn(Path root, String headAtCapture, Optional<String> head) {
    if (headAtCapture == null || head.isEmpty() || head.get().equals(headAtCapture)) {
      return false;
    }
    return git.run(root, GitTimeout.LOOKUP, List.of("merge-base", "--is-ancestor", headAtCapture, "HEAD")).ok();
  }

  /** Tracked files whose content differs from the baseline commit, plus the new untracked ones (step 5). */
  private Optional<Set<String>> changedSince(Path root, BaselineState baseline, Set<String> newUntracked) {
    if (!baseline.hasBaseline()) {
      return Optional.empty();
    }
    return nameOnly(root, List.of(baseline.baselineSha())).map(names -> {
      names.addAll(newUntracked);
      return names;
    });
  }

  /**
   * {@code git diff --name-only -z --no-renames <revs>}; renames are listed as both paths so an intersection never
   * loses either side. Empty when git failed.
   */
  private Optional<Set<String>> nameOnly(Path root, List<String> revs) {
    List<String> args = new java.util.ArrayList<>(List.of("diff", "--name-only", "-z", "--no-renames",
        "--no-ext-diff", "--no-textconv"));
    args.addAll(revs);
    args.add("--");
    ProcessResult r = git.run(root, GitTimeout.DIFF, args);
    if (!r.ok() || r.truncated()) {
      return Optional.empty();
    }
    return Optional.of(new TreeSet<>(ScopeGit.nulPaths(r)));
  }

  /**
   * The empty tree's id in this repository's hash format, so a repository without commits still diffs its new files
   * (the original skipped: "git diff HEAD" fails on an unborn branch). Falls back to "HEAD" (then skip 6).
   */
  private String emptyTree(Path root) {
    ProcessResult r = git.runWithStdin(root, GitTimeout.LOOKUP, new byte[0],
        List.of("hash-object", "-t", "tree", "--stdin"));
    String id = r.ok() ? r.stdout().strip() : "";
    return id.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? id : "HEAD";
  }

  private static Map<String, Long> metrics(int dirtyNow, Optional<Set<String>> changedSince, int reviewSet,
      int preexisting) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("dirty_now_count", (long) dirtyNow);
    m.put("changed_since_count", changedSince.map(s -> (long) s.size()).orElse(-1L));
    m.put("review_set_count", (long) reviewSet);
    if (preexisting > 0) {
      m.put("preexisting_untracked_excluded", (long) preexisting);
    }
    return m;
  }
}

package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.telemetry.SkipReason;

/**
 * The commits one push sent (spec §7 steps 3–5): check that the push succeeded and pushed HEAD's branch alone, find
 * the remote's previous tip, and list {@code prev..HEAD} oldest first, within the commit cap.
 *
 * <p>Without git's own ref-update lines (a quiet push, or Graphite's {@code gt submit}) success means: HEAD's
 * remote-tracking ref points at HEAD and was moved within the last two minutes — git moves it on every successful
 * push, and a rejected push leaves it behind HEAD.
 */
final class PushRange {
  /** A ref moved longer ago than this was not moved by this push. */
  static final long FRESH_SECONDS = 120;
  /** Where to look for the remote's previous tip when git did not print it, in order. */
  private static final List<String> PREVIOUS_TIPS = List.of("@{u}@{1}", "@{push}@{1}");
  /** Default branches whose merge base with HEAD is the fallback start of a new branch. */
  private static final List<String> DEFAULT_BRANCHES = List.of("origin/HEAD", "origin/main", "origin/master", "main",
      "master");

  /**
   * The outcome: a skip, or the pushed commits.
   *
   * @param skip why there is nothing to review, or null
   * @param head HEAD's full id
   * @param previous the remote's previous tip (full id)
   * @param commits {@code previous..HEAD}, oldest first
   * @param total commits in the range (more than {@code commits} when over the cap)
   */
  record Result(SkipReason skip, String head, String previous, List<String> commits, long total) {
    static Result skipped(SkipReason reason) {
      return new Result(reason, null, null, List.of(), 0);
    }
  }

  private final Git git;
  private final Path root;
  private final long nowSeconds;

  PushRange(Git git, Path root, long nowSeconds) {
    this.git = git;
    this.root = root;
    this.nowSeconds = nowSeconds;
  }

  Result resolve(PushOutput.Parsed pushed, int maxCommits) {
    Optional<String> head = git.headSha(root);
    if (head.isEmpty()) {
      return Result.skipped(SkipReason.NO_PREVIOUS_UPSTREAM);
    }
    SkipReason bad = check(pushed, head.get());
    if (bad != null) {
      return Result.skipped(bad);
    }
    Optional<String> previous = previous(pushed);
    if (previous.isEmpty()) {
      return Result.skipped(SkipReason.NO_PREVIOUS_UPSTREAM);
    }
    return range(head.get(), previous.get(), maxCommits);
  }

  /** Null when the push succeeded and sent HEAD's branch alone; else the skip (44 or 46). */
  private SkipReason check(PushOutput.Parsed pushed, String head) {
    if (pushed.ranges().size() + pushed.newBranches().size() > 1) {
      return SkipReason.MULTI_REF_PUSH;
    }
    if (pushed.ranges().size() == 1) {
      return head.startsWith(pushed.ranges().get(0).newTip()) ? null : SkipReason.MULTI_REF_PUSH;
    }
    if (pushed.newBranches().size() == 1) {
      Optional<String> local = commit(pushed.newBranches().get(0));
      return local.isPresent() && local.get().equals(head) ? null : SkipReason.MULTI_REF_PUSH;
    }
    if (pushed.upToDate()) {
      return null;
    }
    // No git signal: a quiet push, output sent elsewhere, or Graphite's own wording (gt submit).
    return trackingRefJustMovedTo(head) ? null : SkipReason.NO_PUSH_SIGNAL;
  }

  private boolean trackingRefJustMovedTo(String head) {
    for (String ref : trackingRefs()) {
      if (commit(ref).filter(head::equals).isPresent() && movedRecently(ref)) {
        return true;
      }
    }
    return false;
  }

  /** HEAD's upstream, its push destination, and {@code origin/<branch>} (Graphite sets no upstream). */
  private List<String> trackingRefs() {
    List<String> refs = new ArrayList<>(List.of("@{u}", "@{push}"));
    ProcessResult branch = git.run(root, GitTimeout.LOOKUP, "symbolic-ref", "-q", "--short", "HEAD");
    String name = branch.ok() ? branch.stdout().strip() : "";
    if (!name.isEmpty() && !name.contains("\n") && !name.startsWith("-")) {
      refs.add("refs/remotes/origin/" + name);
    }
    return refs;
  }

  private boolean movedRecently(String ref) {
    ProcessResult r = git.run(root, GitTimeout.LOOKUP, "reflog", "show", "-n", "1", "--date=unix", "--format=%gd",
        ref, "--");
    if (!r.ok()) {
      return false;
    }
    String s = r.stdout().strip();
    int open = s.lastIndexOf("@{");
    try {
      long stamp = open >= 0 && s.endsWith("}") ? Long.parseLong(s.substring(open + 2, s.length() - 1)) : 0;
      return stamp > 0 && nowSeconds - stamp <= FRESH_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The remote's previous tip: git's own range line, else the upstream's previous value, else a merge base. */
  private Optional<String> previous(PushOutput.Parsed pushed) {
    if (pushed.ranges().size() == 1) {
      Optional<String> old = commit(pushed.ranges().get(0).oldTip());
      if (old.isPresent()) {
        return old;
      }
    }
    if (pushed.newBranches().isEmpty()) { // a new remote branch has no previous tip of its own
      for (String rev : PREVIOUS_TIPS) {
        Optional<String> tip = commit(rev);
        if (tip.isPresent()) {
          return tip;
        }
      }
    }
    for (String branch : DEFAULT_BRANCHES) {
      if (commit(branch).isPresent()) {
        ProcessResult base = git.run(root, GitTimeout.LOOKUP, "merge-base", "HEAD", branch);
        String sha = base.ok() ? base.stdout().strip() : "";
        return sha.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? Optional.of(sha) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Result range(String head, String previous, int maxCommits) {
    String spec = previous + ".." + head;
    ProcessResult r = git.run(root, GitTimeout.REV_LIST, "rev-list", "--max-count=" + (maxCommits + 1), spec, "--");
    if (!r.ok()) {
      return Result.skipped(SkipReason.NO_PREVIOUS_UPSTREAM);
    }
    List<String> commits = new ArrayList<>();
    for (String line : r.stdout().split("\n")) {
      if (!line.isBlank()) {
        commits.add(line.strip());
      }
    }
    if (commits.isEmpty()) {
      return new Result(SkipReason.EMPTY_PUSH_RANGE, head, previous, List.of(), 0);
    }
    if (commits.size() > maxCommits) {
      return new Result(SkipReason.PUSH_RANGE_TOO_LARGE, head, previous, List.of(), count(spec));
    }
    Collections.reverse(commits);
    return new Result(null, head, previous, commits, commits.size());
  }

  private long count(String spec) {
    ProcessResult r = git.run(root, GitTimeout.REV_LIST, "rev-list", "--count", spec, "--");
    try {
      return r.ok() ? Long.parseLong(r.stdout().strip()) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Optional<String> commit(String rev) {
    return git.revParseVerify(root, rev + "^{commit}");
  }
}

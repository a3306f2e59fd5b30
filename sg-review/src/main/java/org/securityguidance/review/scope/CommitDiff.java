package org.securityguidance.review.scope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/**
 * The review scope of committed work (spec §6.3): one commit's patch, or the diff between two revisions, through
 * the same parser, source filter, prioritisation and caps as the end-of-turn review — without the pre-existing-line
 * filter, which only makes sense for a work tree rewritten this turn.
 */
public final class CommitDiff {
  private static final int MAX_REV_LENGTH = 256;

  private final ScopeGit git;
  private final SourceFilter filter;

  /** Commit diffs through {@code runner} with {@code env} (plus sg-core's hardening). */
  public CommitDiff(ProcessRunner runner, Env env) {
    this.git = new ScopeGit(runner, env);
    this.filter = new SourceFilter(git);
  }

  /** Commit diffs on real processes. */
  public static CommitDiff local(Env env) {
    return new CommitDiff(ProcessRunner.local(), env);
  }

  /** The patch of commit {@code rev} (a merge against its first parent); EMPTY_DIFF when git failed. */
  public ReviewScope.Result ofCommit(Path dir, String rev, ScopeLimits limits) {
    List<String> args = new ArrayList<>(List.of("show", "--format=", "-m", "--first-parent"));
    return run(dir, GitTimeout.SNAPSHOT, args, List.of(rev), limits);
  }

  /** The diff from {@code base} to {@code tip} (both revisions); EMPTY_DIFF when git failed. */
  public ReviewScope.Result ofRange(Path dir, String base, String tip, ScopeLimits limits) {
    return run(dir, GitTimeout.DIFF, new ArrayList<>(List.of("diff")), List.of(base, tip), limits);
  }

  private ReviewScope.Result run(Path dir, GitTimeout timeout, List<String> args, List<String> revs,
      ScopeLimits limits) {
    Path root = git.git().topLevel(dir).orElse(dir);
    Map<String, Long> metrics = new LinkedHashMap<>();
    if (!revs.stream().allMatch(CommitDiff::isPlainRevision)) {
      return new ReviewScope.Result(ScopeOutcome.EMPTY_DIFF, List.of(), root, metrics);
    }
    args.addAll(DiffAcquirer.DIFF_OPTIONS);
    args.addAll(revs);
    args.add("--");
    ProcessResult r = git.run(root, timeout, args);
    if (!r.ok() || r.stdoutBytes().length == 0) {
      return new ReviewScope.Result(ScopeOutcome.EMPTY_DIFF, List.of(), root, metrics);
    }
    String text = r.truncated() ? DiffParser.withoutLastFile(r.stdout()) : r.stdout();
    List<FileDiff> parsed = DiffParser.parse(text);
    Set<String> kept = new HashSet<>(filter.paths(root, parsed.stream().map(FileDiff::path).toList()));
    List<FileDiff> sources = parsed.stream().filter(f -> kept.contains(f.path())).toList();
    DiffPipeline.Finished done = DiffPipeline.finish(filter.contents(root, sources), limits,
        DiffPipeline.Rewrites.KEEP, metrics);
    return new ReviewScope.Result(done.outcome(), done.files(), root, metrics);
  }

  /** A revision git will not read as an option, bounded in length, without whitespace or control characters. */
  private static boolean isPlainRevision(String rev) {
    if (rev == null || rev.isEmpty() || rev.length() > MAX_REV_LENGTH || rev.startsWith("-")) {
      return false;
    }
    return rev.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
  }
}

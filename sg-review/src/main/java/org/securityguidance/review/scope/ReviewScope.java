package org.securityguidance.review.scope;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/**
 * What the end-of-turn review looks at: the files this turn changed since its baseline, as capped, prioritised
 * unified-diff hunks (spec §3.3–3.7, §5.7).
 *
 * <p>Design note: the steps run in the order of the Stop gates (spec §3.2) — review set (skip 9), diff (6),
 * reviewable files (7), file count (8) — except that path-only exclusions run before the diff, so a turn that only
 * touched docs or lockfiles costs no diff at all. Every step fails open toward "nothing to review" with a reason;
 * nothing here logs or returns file contents outside {@link Result#files()}.
 */
public final class ReviewScope {
  /**
   * The scope of one review.
   *
   * @param outcome OK, or why there is nothing to review (maps to the Stop skip code)
   * @param files the diffs to review, highest risk first when prioritised; empty unless OK
   * @param repoRoot the repository top level (the cwd when it is not a repository)
   * @param metrics counts in insertion order: {@code dirty_now_count}, {@code changed_since_count},
   *     {@code review_set_count}, {@code preexisting_untracked_excluded} (when positive), {@code diff_base_fallback}
   *     (when used), {@code diff_files_count}, {@code diff_files_dropped}, {@code diff_truncated} — as far as reached
   */
  public record Result(ScopeOutcome outcome, List<FileDiff> files, Path repoRoot, Map<String, Long> metrics) {
    public Result {
      files = List.copyOf(files);
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
  }

  private final ReviewSetCalculator calculator;
  private final DiffAcquirer acquirer;
  private final SourceFilter filter;

  /** A scope computer running git through {@code runner} with {@code env} (plus sg-core's hardening). */
  public ReviewScope(ProcessRunner runner, Env env) {
    ScopeGit git = new ScopeGit(runner, env);
    this.calculator = new ReviewSetCalculator(git);
    this.acquirer = new DiffAcquirer(git);
    this.filter = new SourceFilter(git);
  }

  /** A scope computer on real processes. */
  public static ReviewScope local(Env env) {
    return new ReviewScope(ProcessRunner.local(), env);
  }

  /** The review scope of the repository containing {@code cwd} against {@code baseline}. */
  public Result compute(Path cwd, BaselineState baseline, ScopeLimits limits) {
    ReviewSet set = calculator.compute(cwd, baseline);
    Map<String, Long> metrics = new LinkedHashMap<>(set.metrics());
    Path root = set.repoRoot();
    if (set.statusFailed() || set.paths().isEmpty()) {
      return new Result(ScopeOutcome.EMPTY_SET, List.of(), root, metrics);
    }
    List<String> sources = filter.paths(root, set.paths());
    if (sources.isEmpty()) {
      return new Result(ScopeOutcome.NO_SOURCE_FILES, List.of(), root, metrics);
    }
    if (sources.size() / 10 > limits.pathologicalFiles()) {
      metrics.put("diff_files_count", (long) sources.size()); // far beyond the limit: not worth a diff
      return new Result(ScopeOutcome.TOO_MANY_FILES, List.of(), root, metrics);
    }
    Optional<String> text = diffWithFallback(set, baseline, sources, metrics);
    if (text.isEmpty() || text.get().isBlank()) {
      return new Result(ScopeOutcome.EMPTY_DIFF, List.of(), root, metrics);
    }
    Set<String> wanted = new HashSet<>(sources);
    List<FileDiff> parsed = DiffParser.parse(text.get()).stream().filter(f -> wanted.contains(f.path())).toList();
    DiffPipeline.Finished done = DiffPipeline.finish(filter.contents(root, parsed), limits,
        DiffPipeline.Rewrites.FILTER, metrics);
    return new Result(done.outcome(), done.files(), root, metrics);
  }

  /** The diff against the baseline commit, retried once against the plain diff base if that fails (stash pruned). */
  private Optional<String> diffWithFallback(ReviewSet set, BaselineState baseline, List<String> sources,
      Map<String, Long> metrics) {
    String contentBase = baseline.hasBaseline() ? baseline.baselineSha() : set.diffBase();
    Optional<String> text = acquirer.diff(set.repoRoot(), contentBase, sources, set.untrackedInReview(),
        set.renameOrigins());
    if (text.isEmpty() && !contentBase.equals(set.diffBase())) {
      metrics.put("diff_base_fallback", 1L);
      text = acquirer.diff(set.repoRoot(), set.diffBase(), sources, set.untrackedInReview(), set.renameOrigins());
    }
    return text;
  }
}

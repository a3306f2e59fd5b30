package org.securityguidance.review.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steps shared by end-of-turn and commit reviews once files are parsed: rewrite filter, count gate, risk order, caps. */
final class DiffPipeline {
  /** Whether to apply the pre-existing-line filter (end of turn only, spec §3.7). */
  enum Rewrites {
    FILTER,
    KEEP
  }

  /** The outcome and the files to review (empty unless OK). */
  record Finished(ScopeOutcome outcome, List<FileDiff> files) {}

  private DiffPipeline() {}

  /** Runs the steps after parsing and filtering; records metrics into {@code metrics} in order. */
  static Finished finish(List<FileDiff> sources, ScopeLimits limits, Rewrites rewrites, Map<String, Long> metrics) {
    if (sources.isEmpty()) {
      return new Finished(ScopeOutcome.NO_SOURCE_FILES, List.of());
    }
    List<FileDiff> files = rewrites == Rewrites.FILTER ? withoutRewrittenLines(sources) : sources;
    if (files.isEmpty()) {
      return new Finished(ScopeOutcome.EMPTY_DIFF, List.of());
    }
    metrics.put("diff_files_count", (long) files.size());
    if (files.size() > limits.pathologicalFiles()) {
      return new Finished(ScopeOutcome.TOO_MANY_FILES, List.of());
    }
    FilePrioritizer.Prioritized top = FilePrioritizer.keepTop(files, limits.maxFiles());
    metrics.put("diff_files_dropped", (long) top.dropped());
    DiffCaps.Capped capped = DiffCaps.apply(top.kept(), limits.perFileChars(), limits.totalChars());
    metrics.put("diff_truncated", capped.truncatedChars());
    return new Finished(ScopeOutcome.OK, capped.files());
  }

  /** Files after the pre-existing-line filter; a file left with no added or removed line is dropped. */
  private static List<FileDiff> withoutRewrittenLines(List<FileDiff> files) {
    List<FileDiff> out = new ArrayList<>(files.size());
    for (FileDiff f : files) {
      FileDiff filtered = PreexistingLineFilter.apply(f);
      if (PreexistingLineFilter.hasChanges(filtered.content())) {
        out.add(filtered);
      }
    }
    return out;
  }
}

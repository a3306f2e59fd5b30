package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.telemetry.SkipReason;

/**
 * What a review would look at: the repository root, the capped and prioritised file diffs, or the skip that applies
 * when there is nothing to review (9 empty review set, 6 empty diff, 7 no reviewable files, 8 too many files), plus
 * the review-set metrics in the order they are reported.
 *
 * @param repoRoot the work-tree root the paths are relative to (null when not a repository)
 * @param files the diffs to send, empty when {@code skip} is set
 * @param skip why there is nothing to review, or null
 * @param metrics review-set metrics ({@code dirty_now_count}, {@code changed_since_count}, …) in report order
 */
public record ScopeResult(Path repoRoot, List<FileDiff> files, SkipReason skip, Map<String, Long> metrics) {
  public ScopeResult {
    files = List.copyOf(files);
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** Characters the size caps removed from all files. */
  public long truncatedChars() {
    return files.stream().mapToLong(FileDiff::truncatedChars).sum();
  }
}

package org.securityguidance.review.scope;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files the end-of-turn review looks at (spec §3.3 step 7), all repo-relative with {@code /} separators.
 *
 * @param repoRoot the work-tree top level
 * @param paths changed files, sorted
 * @param diffBase {@code HEAD}, the HEAD at capture when this turn committed, or the empty tree on an unborn branch
 * @param untrackedInReview new untracked files among {@code paths} (added to a scratch index before diffing)
 * @param renameOrigins path → its rename/copy origin, so the diff can pair them (a pure rename then drops out)
 * @param statusFailed git status failed: the set is empty and {@code dirty_now_count} is -1
 * @param metrics {@code dirty_now_count}, {@code changed_since_count}, {@code review_set_count},
 *     {@code preexisting_untracked_excluded} (only when positive), in that order
 */
record ReviewSet(
    Path repoRoot, List<String> paths, String diffBase, Set<String> untrackedInReview,
    Map<String, String> renameOrigins, boolean statusFailed, Map<String, Long> metrics) {

  ReviewSet {
    paths = List.copyOf(paths);
    untrackedInReview = Collections.unmodifiableSet(new LinkedHashSet<>(untrackedInReview));
    renameOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(renameOrigins));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** The set when git status could not run. */
  static ReviewSet statusFailed(Path repoRoot) {
    Map<String, Long> metrics = new LinkedHashMap<>();
    metrics.put("dirty_now_count", -1L);
    return new ReviewSet(repoRoot, List.of(), "HEAD", Set.of(), Map.of(), true, metrics);
  }
}

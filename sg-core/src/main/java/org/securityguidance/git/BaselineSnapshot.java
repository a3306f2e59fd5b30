package org.securityguidance.git;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The turn-start picture of a repository (spec §2.3).
 *
 * @param baselineSha {@code git stash create} of a dirty tree, else HEAD; {@code null} when not a repo or no commits
 * @param headSha HEAD at capture time; {@code null} when not a repo or no commits
 * @param untracked untracked, non-ignored files: repo-relative {@code /} path → mtime in nanoseconds (insertion
 *     order = git's order; at most {@link Baseline#UNTRACKED_CAP} entries; empty when not a repo)
 * @param untrackedCapped more untracked files existed than were kept
 */
public record BaselineSnapshot(
    String baselineSha, String headSha, Map<String, Long> untracked, boolean untrackedCapped) {

  public BaselineSnapshot {
    untracked = Collections.unmodifiableMap(new LinkedHashMap<>(untracked));
  }

  /** The snapshot of a directory that is not (or not yet) a usable repository. */
  public static BaselineSnapshot none() {
    return new BaselineSnapshot(null, null, Map.of(), false);
  }

  /** True when a baseline SHA was captured. */
  public boolean hasBaseline() {
    return baselineSha != null;
  }
}

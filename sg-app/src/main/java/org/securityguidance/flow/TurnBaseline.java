package org.securityguidance.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The turn-start picture of the repository that Stop took out of the session state (spec §3.1): the baseline stash
 * (or HEAD) SHA, HEAD at capture, and the untracked files with their mtimes. Absent values mean "no baseline": the
 * review then covers what is dirty against HEAD.
 *
 * @param baselineSha {@code baseline_sha}, or null
 * @param headAtCapture {@code head_at_capture}, or null
 * @param untracked {@code untracked_at_baseline}: repo-relative path → mtime in nanoseconds
 */
public record TurnBaseline(String baselineSha, String headAtCapture, Map<String, Long> untracked) {
  public static final TurnBaseline NONE = new TurnBaseline(null, null, Map.of());

  public TurnBaseline {
    untracked = Collections.unmodifiableMap(new LinkedHashMap<>(untracked));
  }
}

package org.securityguidance.remind;

import java.nio.file.Path;
import java.util.Map;

/**
 * A turn-start picture of the repository as the prompt hook stores it (spec §2.3).
 *
 * @param baselineSha stash or HEAD SHA, or null when not a repository / no commits
 * @param headSha HEAD at capture, or null
 * @param untracked repo-relative untracked path → mtime in nanoseconds
 */
public record TurnSnapshot(String baselineSha, String headSha, Map<String, Long> untracked) {
  public TurnSnapshot {
    untracked = Map.copyOf(untracked);
  }

  /** Takes the snapshot of the repository containing a directory; never throws. */
  @FunctionalInterface
  public interface Source {
    TurnSnapshot capture(Path cwd);
  }
}

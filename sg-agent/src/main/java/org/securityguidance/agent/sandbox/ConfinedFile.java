package org.securityguidance.agent.sandbox;

import java.nio.file.Path;

/**
 * A regular file the sandbox has confined to the repository. Its real path stays package-private so that only the
 * sandbox opens files.
 */
public final class ConfinedFile {
  private final String repoPath;
  private final Path realPath;
  private final long size;

  ConfinedFile(String repoPath, Path realPath, long size) {
    this.repoPath = repoPath;
    this.realPath = realPath;
    this.size = size;
  }

  /** The file's real location relative to the repository root, with {@code /} separators. */
  public String repoPath() {
    return repoPath;
  }

  /** The size in bytes when resolved (a sparse file reports its apparent size). */
  public long size() {
    return size;
  }

  Path realPath() {
    return realPath;
  }

  @Override
  public String toString() {
    return repoPath;
  }
}

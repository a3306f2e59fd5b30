package org.securityguidance.review.scope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * A throw-away copy of the repository's index (spec §3.4), so new untracked files can be marked intent-to-add and
 * diffed as whole new files without ever writing the user's real index. Deleted on {@link #close}.
 */
final class ScratchIndex implements AutoCloseable {
  private final Path file;

  private ScratchIndex(Path file) {
    this.file = file;
  }

  /**
   * Copies the index of the work tree at {@code root} ({@code rev-parse --git-path index}, so linked worktrees use
   * their own). Empty when there is no index yet or it cannot be copied.
   */
  static Optional<ScratchIndex> copyOf(ScopeGit git, Path root) {
    ProcessResult r = git.run(root, GitTimeout.LOOKUP, List.of("rev-parse", "--git-path", "index"));
    String rel = r.ok() ? r.stdout().strip() : "";
    if (rel.isEmpty() || rel.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Path index = root.resolve(rel);
    if (!Files.isRegularFile(index)) {
      return Optional.empty();
    }
    Path copy = null;
    try {
      copy = Files.createTempFile("sg-index-", ".tmp");
      Files.copy(index, copy, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(new ScratchIndex(copy));
    } catch (IOException | SecurityException e) {
      deleteQuietly(copy);
      return Optional.empty();
    }
  }

  Path file() {
    return file;
  }

  /** Deletes the copy and any lock file git left next to it. */
  @Override
  public void close() {
    deleteQuietly(file);
    deleteQuietly(file.resolveSibling(file.getFileName() + ".lock"));
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException | SecurityException e) {
      // A temp file we could not delete is left to the OS temp cleaner; nothing else depends on it.
    }
  }
}

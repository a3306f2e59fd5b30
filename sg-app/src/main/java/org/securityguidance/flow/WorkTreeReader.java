package org.securityguidance.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a reviewed file's current content for the verifier's anchoring (a quote may sit outside the diff hunks):
 * repo-relative paths only, no {@code ..} escape, no symbolic link anywhere below the root (the path comes from model
 * output), regular files up to {@link #MAX_BYTES}, decoded as UTF-8 with replacement.
 */
final class WorkTreeReader implements Function<String, Optional<String>> {
  static final int MAX_BYTES = 1024 * 1024;

  private final Path root;

  WorkTreeReader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Optional<String> apply(String relative) {
    try {
      Path file = root.resolve(relative).normalize();
      if (!file.startsWith(root) || file.equals(root) || linkOnTheWay(file)
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
      }
    } catch (IOException | InvalidPathException | SecurityException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private boolean linkOnTheWay(Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
  }
}

package org.securityguidance.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The git view of a directory: which work tree it belongs to and which files git would show there. */
public interface RepositoryFiles {
  /** Outside git: every directory is walked. */
  RepositoryFiles NONE = new RepositoryFiles() {
    @Override
    public Optional<Path> topLevel(Path directory) {
      return Optional.empty();
    }

    @Override
    public List<String> list(Path topLevel) {
      return List.of();
    }
  };

  /** The work tree's top directory when {@code directory} lies inside one. */
  Optional<Path> topLevel(Path directory);

  /** Tracked plus untracked-but-not-ignored files, '/'-separated and relative to {@code topLevel}. */
  List<String> list(Path topLevel) throws java.io.IOException;
}

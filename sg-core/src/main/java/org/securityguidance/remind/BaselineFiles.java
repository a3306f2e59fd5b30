package org.securityguidance.remind;

import java.nio.file.Path;
import java.util.Optional;

/** Reads a file's content at the turn's baseline commit, for Write suppression (spec §2.4 step 5.2). */
@FunctionalInterface
public interface BaselineFiles {
  /** The content of {@code rawPath} at {@code sha} in the repository at {@code repoDir}; empty when unobtainable. */
  Optional<String> fileAt(Path repoDir, String sha, String rawPath);
}

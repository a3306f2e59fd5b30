package org.securityguidance.agent.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.git.RepoFiles;
import org.securityguidance.sys.ProcessResult;

/**
 * The repository's files as git sees them: tracked plus untracked-but-not-ignored ({@code files}, git's order), and
 * the tracked files that nevertheless match an ignore rule ({@code trackedButIgnored}).
 *
 * <p>This is how the sandbox applies the user's ignore rules: a path outside {@code files} is either ignored by git,
 * inside a nested repository, or absent, and is never read (unless it is part of the diff). One listing per review
 * replaces a {@code git check-ignore} process per path, which a Grep over thousands of files could not afford.
 */
public record RepoListing(List<String> files, Set<String> trackedButIgnored) {
  public RepoListing {
    files = List.copyOf(files);
    trackedButIgnored = Set.copyOf(trackedButIgnored);
  }

  /** A listing with nothing tracked-but-ignored (tests, or callers who list files themselves). */
  public static RepoListing of(List<String> files) {
    return new RepoListing(files, Set.of());
  }

  /** Lists {@code root} with git; empty when git fails or {@code root} is not a work tree. */
  public static Optional<RepoListing> fromGit(Git git, Path root) {
    Optional<List<String>> files = new RepoFiles(git).listIfRepo(root);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    ProcessResult ignored = git.run(root, GitTimeout.DIFF,
        "ls-files", "-z", "--cached", "--ignored", "--exclude-standard");
    if (!ignored.ok() || ignored.truncated()) {
      return Optional.empty();
    }
    return Optional.of(new RepoListing(files.get(), splitNul(ignored.stdoutBytes())));
  }

  private static Set<String> splitNul(byte[] bytes) {
    Set<String> out = new HashSet<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i > start) {
          out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return out;
  }
}

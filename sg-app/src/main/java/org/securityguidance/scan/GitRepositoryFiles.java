package org.securityguidance.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.securityguidance.git.Git;
import org.securityguidance.git.RepoFiles;

/** {@link RepositoryFiles} backed by the real git: {@code rev-parse --show-toplevel} and {@link RepoFiles}. */
public final class GitRepositoryFiles implements RepositoryFiles {
  private final Git git;
  private final RepoFiles files;

  public GitRepositoryFiles(Git git) {
    this.git = git;
    this.files = new RepoFiles(git);
  }

  @Override
  public Optional<Path> topLevel(Path directory) {
    return git.topLevel(directory);
  }

  /** Git's listing; a failure (timeout, broken index) is an error rather than a silent walk of ignored files. */
  @Override
  public List<String> list(Path topLevel) throws IOException {
    return files.listIfRepo(topLevel)
        .orElseThrow(() -> new IOException("git ls-files failed in " + topLevel));
  }
}

package org.securityguidance.git;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;

/** Lists the files a repository-wide scan should look at: tracked plus untracked-but-not-ignored. */
public final class RepoFiles {
  /** Large monorepos list well over 16 MiB of paths; beyond this we scan a prefix (flagged by git as truncated). */
  static final int LISTING_CAP = 64 * 1024 * 1024;

  private final Git git;

  public RepoFiles(Git git) {
    this.git = git;
  }

  /**
   * Paths under {@code root}, relative to it with {@code /} separators, in git's order without duplicates (a
   * conflicted file has several index stages). Entries may name files deleted from the work tree or submodule
   * directories: callers skip what they cannot read. Empty when {@code root} is not inside a repository.
   */
  public Optional<List<String>> listIfRepo(Path root) {
    List<String> args = List.of("ls-files", "-z", "--cached", "--others", "--exclude-standard");
    ProcessRequest request = ProcessRequest.of(Git.argv(args), root, GitTimeout.DIFF.duration())
        .withOutputCap(LISTING_CAP);
    ProcessResult r = git.run(request);
    if (!r.ok()) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(new LinkedHashSet<>(NulSeparated.split(r.stdoutBytes(), r.truncated()))));
  }

  /** Like {@link #listIfRepo} but an empty list when {@code root} is not inside a repository or git failed. */
  public List<String> list(Path root) {
    return listIfRepo(root).orElse(List.of());
  }
}

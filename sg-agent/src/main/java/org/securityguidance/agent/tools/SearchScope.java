package org.securityguidance.agent.tools;

import java.util.Optional;
import org.securityguidance.agent.sandbox.Refusal;
import org.securityguidance.agent.sandbox.RepoSandbox;
import org.securityguidance.agent.sandbox.Resolution;

/**
 * Where a Grep or Glob looks: the whole repository, one directory, or (Grep only) one file, resolved through the
 * sandbox. Listed paths are filtered by prefix; each file is still resolved by the sandbox before it is read.
 */
record SearchScope(String directory, String singleFile) {
  /** The scope named by {@code userPath} ({@code ""} = repository root), or the sandbox's refusal. */
  static Scoped of(RepoSandbox sandbox, String userPath, boolean filesAllowed) {
    Resolution dir = sandbox.resolveDirectory(userPath);
    if (dir.allowed()) {
      return new Scoped(new SearchScope(dir.repoPath(), null), null);
    }
    Refusal why = dir.refusal().orElseThrow();
    if (why == Refusal.NOT_A_DIRECTORY && filesAllowed) {
      Resolution file = sandbox.resolve(userPath);
      return file.allowed() ? new Scoped(new SearchScope(null, file.repoPath()), null)
          : new Scoped(null, file.refusal().orElseThrow());
    }
    return new Scoped(null, why);
  }

  /** A scope or a refusal. */
  record Scoped(SearchScope scope, Refusal refusal) {
    Optional<Refusal> refused() {
      return Optional.ofNullable(refusal);
    }
  }

  /** The part of {@code repoPath} below this scope, or null when it lies elsewhere. */
  String relative(String repoPath) {
    if (singleFile != null) {
      return repoPath.equals(singleFile) ? repoPath.substring(repoPath.lastIndexOf('/') + 1) : null;
    }
    if (directory.isEmpty()) {
      return repoPath;
    }
    return repoPath.startsWith(directory + "/") ? repoPath.substring(directory.length() + 1) : null;
  }
}

package org.securityguidance.agent.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's answer for one path: a confined file or directory (by its real repository-relative path), or the
 * reason it was refused.
 */
public final class Resolution {
  private final String repoPath;
  private final ConfinedFile file;
  private final Refusal refusal;

  private Resolution(String repoPath, ConfinedFile file, Refusal refusal) {
    this.repoPath = repoPath;
    this.file = file;
    this.refusal = refusal;
  }

  static Resolution file(ConfinedFile file) {
    return new Resolution(file.repoPath(), file, null);
  }

  static Resolution directory(String repoPath) {
    return new Resolution(repoPath, null, null);
  }

  static Resolution refused(Refusal refusal) {
    return new Resolution("", null, Objects.requireNonNull(refusal));
  }

  /** True when the path was confined. */
  public boolean allowed() {
    return refusal == null;
  }

  /** The refusal reason; empty when allowed. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The real path relative to the root ({@code ""} for the root itself); empty string when refused. */
  public String repoPath() {
    return repoPath;
  }

  /** The confined regular file; empty for directories and refusals. */
  public Optional<ConfinedFile> file() {
    return Optional.ofNullable(file);
  }
}

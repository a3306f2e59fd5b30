package org.securityguidance.flow;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securityguidance.git.CommandTargets;

/**
 * Where a commit or push of the Bash call ran: the hook's {@code cwd} moved by the command's own {@code cd} and
 * {@code git -C} (spec §6.2, V-OUTCOME repo resolution). The hook's {@code cwd} stays the fallback, because an
 * unknown move ({@code cd "$DIR"}) or a wrong guess must not leave the commit unreviewed when it was made there.
 */
final class CommandDirectory {
  /** How the repository was found: the {@code repo_resolution} metric. */
  enum Resolution {
    HOOK_CWD(1),
    COMMAND(2);

    final int code;

    Resolution(int code) {
      this.code = code;
    }
  }

  /**
   * A directory to look for the repository in.
   *
   * @param dir the directory
   * @param resolution where it came from
   */
  record Candidate(Path dir, Resolution resolution) {}

  private CommandDirectory() {}

  /** The command's directory first (when it names one), then the hook's {@code cwd}; possibly empty. */
  static List<Candidate> candidates(String cwd, CommandTargets.Target target) {
    Optional<Path> base = path(cwd);
    List<Candidate> out = new ArrayList<>();
    String moved = target == null ? "" : target.directory();
    if (moved != null && !moved.isEmpty()) {
      Optional<Path> p = path(moved);
      Optional<Path> resolved = p.isPresent() && p.get().isAbsolute() ? p : base.flatMap(b -> p.map(b::resolve));
      resolved.map(Path::normalize).ifPresent(d -> out.add(new Candidate(d, Resolution.COMMAND)));
    }
    base.filter(b -> out.stream().noneMatch(c -> c.dir().equals(b)))
        .ifPresent(b -> out.add(new Candidate(b, Resolution.HOOK_CWD)));
    return out;
  }

  private static Optional<Path> path(String raw) {
    if (raw == null || raw.isEmpty() || raw.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(raw));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}

package org.securityguidance.review.scope;

import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns absolute or repo-relative paths into repo-relative {@code /} pathspecs (spec §3.4), dropping anything outside
 * the repository, and splits long lists into argv-sized batches.
 */
final class Pathspecs {
  /** Keeps one git command line well under Windows' 32,767-character limit; POSIX limits are far larger. */
  static final int BATCH_CHARS = 16_000;

  private Pathspecs() {}

  /** Repo-relative forms of {@code paths}, de-duplicated in order; paths outside {@code root} are dropped. */
  static List<String> relativize(Path root, List<String> paths) {
    Set<String> out = new LinkedHashSet<>();
    Path normalizedRoot = root.toAbsolutePath().normalize();
    for (String p : paths) {
      relative(normalizedRoot, p).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Groups pathspecs so each group's total length stays under {@link #BATCH_CHARS}; a path and its rename origin
   * (given as one {@code List} entry of one or two paths) always share a group so git can pair them.
   */
  static List<List<String>> batches(List<List<String>> units) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (List<String> unit : units) {
      int size = unit.stream().mapToInt(s -> s.length() + 1).sum();
      if (!current.isEmpty() && chars + size > BATCH_CHARS) {
        out.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.addAll(unit);
      chars += size;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static Optional<String> relative(Path root, String raw) {
    if (raw == null || raw.isEmpty() || raw.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(raw);
      Path abs = (p.isAbsolute() ? p : root.resolve(p)).normalize();
      if (!abs.startsWith(root)) {
        abs = realPath(abs).orElse(abs);
        Path realRoot = realPath(root).orElse(root);
        if (!abs.startsWith(realRoot)) {
          return Optional.empty();
        }
        return slashed(realRoot.relativize(abs));
      }
      return slashed(root.relativize(abs));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Both sides are resolved only when the lexical check fails (e.g. {@code /tmp} vs {@code /private/tmp}). */
  private static Optional<Path> realPath(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> slashed(Path relative) {
    // Only the platform separator: on POSIX a backslash is an ordinary character of a file name.
    String s = relative.toString().replace(File.separatorChar, '/');
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}

package org.securityguidance.agent.sandbox;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns the model's path text into a normalised repository-relative path, lexically (no file system access yet):
 * backslashes become {@code /}, absolute paths must lie under the root, and a {@code ..} that climbs above the root
 * is refused.
 */
final class PathInput {
  static final int MAX_LENGTH = 4096;
  static final int MAX_COMPONENTS = 128;

  /** A relative path ({@code ""} is the root) or a refusal. */
  record Lexical(String relative, Refusal refusal) {
    static Lexical of(String relative) {
      return new Lexical(relative, null);
    }

    static Lexical refused(Refusal refusal) {
      return new Lexical("", refusal);
    }
  }

  private PathInput() {}

  static Lexical toRelative(String raw, List<Path> rootAliases) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH || hasControl(raw)) {
      return Lexical.refused(Refusal.INVALID_PATH);
    }
    String text = raw.strip().replace('\\', '/');
    if (text.regionMatches(true, 0, "file://", 0, 7)) {
      text = text.substring(7);
    }
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      return Lexical.refused(Refusal.INVALID_PATH);
    }
    Path relative;
    if (looksAbsolute(text)) {
      relative = underRoot(path, rootAliases);
      if (relative == null) {
        return Lexical.refused(Refusal.OUTSIDE_REPOSITORY);
      }
    } else {
      relative = path.normalize();
    }
    return joined(relative);
  }

  /** Repository-relative form of a path already known to be relative (diff paths), or null when unusable. */
  static String normalizeRelative(String raw) {
    Lexical lex = toRelative(raw, List.of());
    return lex.refusal() == null ? lex.relative() : null;
  }

  /** True when a component is the git directory's name, also in forms Windows or macOS would map onto it. */
  static boolean namesGitDir(String relative) {
    for (String part : relative.split("/")) {
      int end = part.length();
      while (end > 4 && (part.charAt(end - 1) == '.' || part.charAt(end - 1) == ' ')) {
        end--; // Windows drops trailing dots and spaces: ".git. " opens ".git"
      }
      if (part.substring(0, end).toLowerCase(Locale.ROOT).equals(".git")) {
        return true;
      }
    }
    return false;
  }

  private static Lexical joined(Path relative) {
    int count = relative.getNameCount();
    if (count > MAX_COMPONENTS) {
      return Lexical.refused(Refusal.INVALID_PATH);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String name = relative.getName(i).toString();
      if (name.equals("..")) {
        return Lexical.refused(Refusal.OUTSIDE_REPOSITORY);
      }
      if (name.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "/").append(name);
    }
    return Lexical.of(out.toString());
  }

  private static Path underRoot(Path path, List<Path> rootAliases) {
    if (!path.isAbsolute()) {
      return null; // "/etc/passwd" on Windows: rooted at the current drive, never inside the repository
    }
    Path normal = path.normalize();
    for (Path root : rootAliases) {
      if (normal.startsWith(root)) {
        return root.relativize(normal);
      }
    }
    return null;
  }

  private static boolean looksAbsolute(String text) {
    return text.startsWith("/") || text.startsWith("~")
        || (text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0)));
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}

package org.securityguidance.remind;

import java.util.Locale;

/**
 * The path shown in a reminder header: relative to the session's {@code cwd} when the file is inside it, else the
 * path with {@code /} separators. Windows ({@code C:\r\a.py}) and Git-Bash ({@code /c/r/a.py}) spellings of the same
 * file therefore read the same, and the agent sees the short path it is working with.
 */
public final class DisplayPath {
  private DisplayPath() {}

  public static String of(String rawPath, String cwd) {
    String path = rawPath.replace('\\', '/');
    if (cwd == null || cwd.isEmpty()) {
      return path;
    }
    String base = comparable(cwd.replace('\\', '/'));
    while (base.endsWith("/") && base.length() > 1) {
      base = base.substring(0, base.length() - 1);
    }
    String candidate = comparable(path);
    if (candidate.startsWith(base + "/") && candidate.length() > base.length() + 1) {
      return path.substring(path.length() - (candidate.length() - base.length() - 1));
    }
    return path;
  }

  /** Git-Bash {@code /c/x} and {@code c:/x} both become {@code C:/x} so the prefix test sees one spelling. */
  private static String comparable(String p) {
    if (p.length() >= 2 && p.charAt(0) == '/' && Character.isLetter(p.charAt(1))
        && (p.length() == 2 || p.charAt(2) == '/')) {
      return Character.toUpperCase(p.charAt(1)) + ":" + p.substring(2);
    }
    if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':') {
      return p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1);
    }
    return p;
  }
}

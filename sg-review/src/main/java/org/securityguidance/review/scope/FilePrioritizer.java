package org.securityguidance.review.scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the riskiest files when a change has more than the review can carry (spec §3.6): files are ranked by the
 * number of risk words in their path, then not-low-priority (tests, fixtures, migrations, generated config), then
 * the number of added lines; ties keep diff order.
 */
public final class FilePrioritizer {
  /** Substrings of a lower-cased path that suggest security-relevant code. */
  private static final List<String> RISK_TOKENS = List.of(
      "auth", "login", "session", "token", "secret", "credential", "perm", "acl", "rbac", "iam", "policy", "route",
      "handler", "controller", "endpoint", "api/", "/api", "gateway", "middleware", "view", "exec", "subprocess",
      "shell", "spawn", "command", "client", "request", "fetch", "http", "url", "serialize", "pickle", "yaml",
      "parse", "deser", "sql", "query", "crypt", "upload", "password", "oauth", "jwt", "cookie", "cors", "csrf",
      "sanitiz", "escape", "template", "redirect");

  private static final List<String> LOW_PRIORITY_SUFFIXES = List.of(
      ".gen.ts", ".gen.tsx", ".generated.ts", "_gen.py", ".test.ts", ".test.tsx", ".test.js", ".test.jsx",
      ".test.py", ".spec.ts", ".spec.tsx", ".spec.js", "_test.go", "_test.py",
      ".config.js", ".config.ts", ".config.mjs", ".config.cjs");

  private static final List<String> LOW_PRIORITY_DIRS = List.of(
      "/migrations/", "/alembic/versions/", "/__tests__/", "/fixtures/", "/testdata/", "/test/", "/tests/");

  /**
   * The kept files and how many were dropped.
   *
   * @param kept at most the requested number, highest score first
   * @param dropped files left out
   */
  public record Prioritized(List<FileDiff> kept, int dropped) {
    public Prioritized {
      kept = List.copyOf(kept);
    }
  }

  private FilePrioritizer() {}

  /** All files in their order when they fit; otherwise the top {@code maxFiles} by score (stable). */
  public static Prioritized keepTop(List<FileDiff> files, int maxFiles) {
    if (files.size() <= maxFiles) {
      return new Prioritized(files, 0);
    }
    List<FileDiff> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparingInt(FilePrioritizer::riskTokens)
        .thenComparing(f -> !isLowPriority(f.path()))
        .thenComparingLong(f -> addedLines(f.content()))
        .reversed());
    return new Prioritized(sorted.subList(0, maxFiles), files.size() - maxFiles);
  }

  /** How many risk tokens the lower-cased path contains. */
  static int riskTokens(FileDiff file) {
    String p = file.path().toLowerCase(Locale.ROOT);
    int n = 0;
    for (String token : RISK_TOKENS) {
      if (p.contains(token)) {
        n++;
      }
    }
    return n;
  }

  /** Tests, fixtures, migrations and tool configuration. */
  static boolean isLowPriority(String path) {
    String p = "/" + path.toLowerCase(Locale.ROOT);
    return LOW_PRIORITY_SUFFIXES.stream().anyMatch(p::endsWith) || LOW_PRIORITY_DIRS.stream().anyMatch(p::contains);
  }

  /** Lines starting with {@code +} in the hunks. */
  static long addedLines(String content) {
    long n = content.startsWith("+") ? 1 : 0;
    for (int i = content.indexOf("\n+"); i >= 0; i = content.indexOf("\n+", i + 1)) {
      n++;
    }
    return n;
  }
}

package org.securityguidance.rules.user;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.securityguidance.rules.Rule;

/**
 * Loads user-defined pattern rules from {@code security-patterns.{yaml,yml,json}} files (spec §4.7): the user file
 * {@code <home>/.claude/security-patterns.*}, then the project file {@code <cwd>/.claude/security-patterns.*}, then
 * {@code <cwd>/.claude/security-patterns.local.*}; per location the first extension that yields a document wins.
 *
 * <p>Improvements over the original, each deliberate:
 * <ul>
 *   <li>A bad file (unparseable, outside the YAML subset, not UTF-8, top level not an object, larger than 256 KiB,
 *       not a regular file) is skipped with a log line and the next extension is tried; it never drops the other
 *       locations' rules (the original dropped every user rule on a non-UTF-8 file or a top-level list) and never
 *       touches the built-ins.
 *   <li>A bad entry is skipped with a log line naming its {@code rule_name} and the reason; logs never carry entry
 *       content beyond the rule name and at most 60 characters of a regex (the original logged 80 chars of entry).
 *   <li>Regexes run on RE2/J (linear time), so the ReDoS heuristic is gone: {@code (a+)+b} is accepted. Patterns RE2/J
 *       cannot compile (look-arounds, back-references) and oversized programs are rejected per entry; each search
 *       also has a time budget (see {@link UserRegex}, {@link PythonRegex} for the accepted dialect).
 *   <li>YAML needs no library: {@link YamlSubset} reads the documented shape, and anything else is a clear log line.
 *   <li>A repeated {@code rule_name} keeps its first definition (a project file cannot silently replace the user's
 *       own rule of the same name; the original kept both, and dedupe keys then collided).
 *   <li>Field limits: at most 50 rules in total (as the original), reminders cut to 1024 characters (as the
 *       original), plus bounds on rule names, substrings, globs and regex size.
 * </ul>
 * RE2/J is loaded only when a file actually defines a rule (ADR 0002), so the common edit path pays nothing.
 */
public final class UserRules {
  /** Total user rules across all locations. */
  public static final int MAX_RULES = 50;
  static final String BASE_NAME = "security-patterns";
  private static final List<String> EXTENSIONS = List.of("yaml", "yml", "json");

  private UserRules() {}

  /** One place a pattern file may live. */
  private record Location(Path dir, String baseName) {}

  /**
   * Reads every location and returns the valid rules in order (user, project, project-local), at most
   * {@link #MAX_RULES}. Never throws; every skipped file or entry produces one line on {@code log}.
   *
   * @param home the user's home directory (literal {@code ~/.claude}, not CLAUDE_CONFIG_DIR); null skips it
   * @param cwdOrNull the session's working directory from the hook input; null reads only the user file
   * @param log receives one-line, content-free messages; it is also kept by the rules for scan-time notes
   */
  public static List<Rule> load(Path home, Path cwdOrNull, Consumer<String> log) {
    Map<String, UserRule> byName = new LinkedHashMap<>();
    for (Location location : locations(home, cwdOrNull)) {
      if (byName.size() >= MAX_RULES) {
        break;
      }
      try {
        loadLocation(location, byName, log);
      } catch (RuntimeException e) {
        // Fail open (ADR 0006): an unexpected bug in one location must not cost the others.
        log.accept("security-patterns: " + location.dir() + ": skipped after " + e.getClass().getSimpleName());
      }
    }
    return List.copyOf(byName.values());
  }

  private static List<Location> locations(Path home, Path cwd) {
    List<Location> out = new ArrayList<>();
    Path userDir = home == null ? null : home.resolve(".claude");
    if (userDir != null) {
      out.add(new Location(userDir, BASE_NAME));
    }
    if (cwd != null) {
      Path projectDir = cwd.resolve(".claude");
      // When the session runs in $HOME the project file is the user file: read it once, not twice.
      if (userDir == null || !sameDir(userDir, projectDir)) {
        out.add(new Location(projectDir, BASE_NAME));
      }
      out.add(new Location(projectDir, BASE_NAME + ".local"));
    }
    return out;
  }

  private static boolean sameDir(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static void loadLocation(Location location, Map<String, UserRule> byName, Consumer<String> log) {
    for (String ext : EXTENSIONS) {
      Path file = location.dir().resolve(location.baseName() + "." + ext);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Optional<List<?>> entries;
      try {
        entries = PatternFileReader.read(file);
      } catch (BadPatternFile e) {
        log.accept("security-patterns: " + file + ": file skipped: " + e.getMessage());
        continue;
      }
      if (entries.isEmpty()) {
        log.accept("security-patterns: " + file + ": empty, ignored");
        continue;
      }
      new FileEntries(file, byName, log).addAll(entries.get());
      return;
    }
  }
}

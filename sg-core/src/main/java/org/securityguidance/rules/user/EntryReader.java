package org.securityguidance.rules.user;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.securityguidance.finding.Severity;
import org.securityguidance.json.Json;

/**
 * Turns one entry of a pattern file's {@code patterns} list into a {@link UserRule}, or throws {@link EntryRejected}
 * with the reason (spec §4.7 field rules). Non-fatal oddities (a truncated reminder, an unknown severity) go to
 * {@code note}. A JSON or YAML {@code null} counts as an absent field.
 */
final class EntryReader {
  static final int MAX_NAME = 100;
  static final int MAX_REMINDER = 1024;
  static final int MAX_SUBSTRINGS = 100;
  static final int MAX_SUBSTRING_LENGTH = 1024;
  static final int MAX_GLOBS = 64;
  static final int MAX_GLOB_LENGTH = 256;
  private static final Set<String> FIELDS =
      Set.of("rule_name", "reminder", "regex", "substrings", "paths", "exclude_paths", "severity");

  private EntryReader() {}

  /** The entry's valid rule name, or null; used to label log lines before the entry is read in full. */
  static String nameOrNull(Map<String, Object> entry) {
    try {
      return ruleName(entry);
    } catch (EntryRejected e) {
      return null;
    }
  }

  static UserRule read(Map<String, Object> entry, Path source, Consumer<String> note, Consumer<String> log) {
    String name = ruleName(entry);
    String reminder = reminder(entry, note);
    UserRegex regex = regex(entry);
    List<String> substrings = substrings(entry, note);
    if (regex == null && substrings.isEmpty()) {
      throw new EntryRejected("needs a 'regex' or a non-empty 'substrings' list");
    }
    PathGate gate = new PathGate(globs(entry, "paths"), globs(entry, "exclude_paths"));
    Severity severity = severity(entry, note);
    long unknown = entry.keySet().stream().filter(k -> !FIELDS.contains(k)).count();
    if (unknown > 0) {
      note.accept(unknown + " unknown field(s) ignored");
    }
    return new UserRule(name, reminder, severity, substrings, regex, gate, source, log);
  }

  private static String ruleName(Map<String, Object> entry) {
    String name = text(entry.get("rule_name"), "rule_name");
    if (name == null || name.isEmpty()) {
      throw new EntryRejected("missing 'rule_name'");
    }
    if (name.length() > MAX_NAME) {
      throw new EntryRejected("'rule_name' longer than " + MAX_NAME + " characters");
    }
    if (!Sanitize.forLog(name).equals(name)) {
      throw new EntryRejected("'rule_name' contains control characters");
    }
    return name;
  }

  private static String reminder(Map<String, Object> entry, Consumer<String> note) {
    String reminder = text(entry.get("reminder"), "reminder");
    if (reminder == null || reminder.isEmpty()) {
      throw new EntryRejected("missing 'reminder'");
    }
    if (reminder.length() > MAX_REMINDER) {
      int cut = Character.isHighSurrogate(reminder.charAt(MAX_REMINDER - 1)) ? MAX_REMINDER - 1 : MAX_REMINDER;
      note.accept("reminder truncated to " + MAX_REMINDER + " characters");
      return reminder.substring(0, cut);
    }
    return reminder;
  }

  /** A trimmed string; numbers are stringified as the original did; other types are rejected. */
  private static String text(Object value, String field) {
    if (value == null || value == Json.NULL) {
      return null;
    }
    if (value instanceof String s) {
      return s.strip();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    throw new EntryRejected("'" + field + "' must be a string");
  }

  private static UserRegex regex(Map<String, Object> entry) {
    Object value = entry.get("regex");
    if (value == null || value == Json.NULL || "".equals(value)) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new EntryRejected("'regex' must be a string");
    }
    return UserRegex.compile(s);
  }

  /**
   * Compatibility: the original treated a non-list or a list with a non-string as "no substrings" (the entry may still
   * load through its regex); we keep that but say so. Empty strings are dropped: they would match every file.
   */
  private static List<String> substrings(Map<String, Object> entry, Consumer<String> note) {
    Object value = entry.get("substrings");
    if (value == null || value == Json.NULL) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      note.accept("'substrings' ignored: not a list of strings");
      return List.of();
    }
    if (list.size() > MAX_SUBSTRINGS) {
      throw new EntryRejected("more than " + MAX_SUBSTRINGS + " substrings");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      String s = (String) o;
      if (s.length() > MAX_SUBSTRING_LENGTH) {
        throw new EntryRejected("a substring is longer than " + MAX_SUBSTRING_LENGTH + " characters");
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<PathGlob> globs(Map<String, Object> entry, String field) {
    Object value = entry.get(field);
    if (value == null || value == Json.NULL) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new EntryRejected("'" + field + "' must be a list of globs");
    }
    if (list.size() > MAX_GLOBS) {
      throw new EntryRejected("more than " + MAX_GLOBS + " globs in '" + field + "'");
    }
    List<PathGlob> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String glob)) {
        throw new EntryRejected("'" + field + "' must contain only strings");
      }
      if (glob.length() > MAX_GLOB_LENGTH) {
        throw new EntryRejected("a glob in '" + field + "' is longer than " + MAX_GLOB_LENGTH + " characters");
      }
      out.add(PathGlob.of(glob));
    }
    return out;
  }

  private static Severity severity(Map<String, Object> entry, Consumer<String> note) {
    Object value = entry.get("severity");
    if (value == null || value == Json.NULL) {
      return Severity.MEDIUM;
    }
    if (value instanceof String s) {
      for (Severity v : Severity.values()) {
        if (v.wireName().equals(s.strip().toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
    }
    note.accept("unknown 'severity' (use critical, high, medium or low); using medium");
    return Severity.MEDIUM;
  }
}

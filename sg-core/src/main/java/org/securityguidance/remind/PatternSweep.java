package org.securityguidance.remind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securityguidance.rules.Match;
import org.securityguidance.telemetry.RuleMask;

/**
 * The Stop-time tally of this session's pattern warnings (spec §2.6 step 3): for every pending {@code "<path>:<rule>"}
 * the file is re-read and re-scanned; a rule that still matches is unresolved, anything else (fixed, deleted,
 * unreadable) counts as fixed.
 *
 * <p>Unlike the original, user rules ({@code user:<name>}) are split correctly: the original split at the last colon,
 * so every user rule counted as fixed.
 */
public final class PatternSweep {
  /** Files larger than this are counted as fixed without reading (the sweep must stay quick). */
  static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /** The tally. */
  public record Tally(int fixed, int unresolved, long unresolvedMask) {}

  private PatternSweep() {}

  public static Tally sweep(Iterable<String> pendingKeys, PatternMatcher matcher) {
    Map<String, Set<String>> stillMatching = new HashMap<>();
    Map<String, Integer> idByName = new HashMap<>();
    int fixed = 0;
    int unresolved = 0;
    RuleMask mask = new RuleMask();
    for (String key : pendingKeys) {
      String[] pathAndRule = split(key);
      if (pathAndRule == null) {
        continue;
      }
      Set<String> live = stillMatching.computeIfAbsent(pathAndRule[0], p -> scan(p, matcher, idByName));
      if (live.contains(pathAndRule[1])) {
        unresolved++;
        mask.add(idByName.getOrDefault(pathAndRule[1], -1));
      } else {
        fixed++;
      }
    }
    return new Tally(fixed, unresolved, mask.value());
  }

  /** {@code "<path>:<rule>"} → {path, rule}; a {@code user:} rule keeps its prefix. Null when there is no colon. */
  static String[] split(String key) {
    int colon = key.lastIndexOf(':');
    if (colon <= 0) {
      return null;
    }
    int userPrefix = colon - "user".length();
    if (userPrefix > 0 && key.startsWith(":user", userPrefix - 1)) {
      return new String[] {key.substring(0, userPrefix - 1), key.substring(userPrefix)};
    }
    return new String[] {key.substring(0, colon), key.substring(colon + 1)};
  }

  private static Set<String> scan(String rawPath, PatternMatcher matcher, Map<String, Integer> idByName) {
    String text = read(rawPath);
    if (text == null) {
      return Set.of();
    }
    List<Match> matches = matcher.firstMatches(rawPath, text);
    matches.forEach(m -> idByName.put(m.rule().name(), m.rule().id()));
    return matches.stream().map(m -> m.rule().name()).collect(Collectors.toSet());
  }

  /** UTF-8 with replacement (undecodable bytes must not hide a still-present sink), or null when unreadable. */
  private static String read(String rawPath) {
    try {
      Path path = Path.of(rawPath);
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_FILE_BYTES) {
        return null;
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new String(in.readNBytes(MAX_FILE_BYTES), StandardCharsets.UTF_8);
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return null;
    }
  }
}

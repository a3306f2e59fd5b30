package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model's {@code vulnerableCode}, prepared for searching: normalised as a whole and per line, with lines that only
 * elide ("...", "// …") left out, and a variant without leading {@code +} diff markers for models that copy them.
 */
final class Quote {
  private final String whole;
  private final List<String> lines;
  private final String wholeUnmarked;
  private final List<String> linesUnmarked;

  private Quote(List<String> rawLines) {
    this.lines = significant(rawLines, false);
    this.linesUnmarked = significant(rawLines, true);
    this.whole = SourceText.norm(String.join("\n", rawLines));
    this.wholeUnmarked = String.join(" ", linesUnmarked);
  }

  static Quote of(String code) {
    return new Quote(List.of((code == null ? "" : code).split("\n", -1)));
  }

  /** Non-space characters across the significant lines. */
  int evidenceChars() {
    int n = 0;
    for (String line : linesUnmarked) {
      n += line.replace(" ", "").length();
    }
    return n;
  }

  /** Where the quote starts in {@code source}: the occurrence nearest {@code hint}, else the first added line. */
  Optional<SourceText.Line> find(SourceText source, int hint) {
    for (String candidate : List.of(whole, wholeUnmarked)) {
      if (!candidate.isEmpty()) {
        Optional<SourceText.Line> at = pick(source.occurrences(candidate), hint);
        if (at.isPresent()) {
          return at;
        }
      }
    }
    for (List<String> variant : List.of(lines, linesUnmarked)) {
      Optional<SourceText.Line> at = everyLineFound(source, variant, hint);
      if (at.isPresent()) {
        return at;
      }
    }
    return Optional.empty();
  }

  private static Optional<SourceText.Line> everyLineFound(SourceText source, List<String> variant, int hint) {
    if (variant.isEmpty()) {
      return Optional.empty();
    }
    Optional<SourceText.Line> first = Optional.empty();
    for (String line : variant) {
      List<SourceText.Line> found = source.linesContaining(line);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      first = first.isPresent() ? first : pick(found, hint);
    }
    return first;
  }

  static Optional<SourceText.Line> pick(List<SourceText.Line> found, int hint) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (hint > 0) {
      SourceText.Line best = null;
      for (SourceText.Line l : found) {
        if (l.number() > 0 && (best == null || Math.abs(l.number() - hint) < Math.abs(best.number() - hint))) {
          best = l;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.of(found.stream().filter(SourceText.Line::added).findFirst().orElse(found.get(0)));
  }

  private static List<String> significant(List<String> rawLines, boolean stripMarker) {
    List<String> out = new ArrayList<>();
    for (String raw : rawLines) {
      String line = raw;
      if (stripMarker && line.startsWith("+") && !line.startsWith("++")) {
        line = line.substring(1);
      }
      String norm = SourceText.norm(line);
      if (!norm.isEmpty() && !isElision(norm)) {
        out.add(norm);
      }
    }
    return out;
  }

  /** "...", "…", "// ...", "# ..." and similar lines stand for omitted code and are not evidence. */
  static boolean isElision(String norm) {
    boolean dots = false;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c == '.' || c == '\u2026') {
        dots = true;
      } else if ("/#*-[]() <>!;".indexOf(c) < 0) {
        return false;
      }
    }
    return dots;
  }
}

package org.securityguidance.review.verify;

import java.util.Locale;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.prompt.Texts;

/**
 * Cleans a raw finding: severity read from text (with common synonyms; unknown or missing is medium, spec
 * llm-review §5.4), category mapped to the fixed vocabulary, control and bidi characters removed, fields trimmed
 * and capped. The file path and line are provisional until {@link Anchoring} confirms them.
 */
public final class Normalizer {
  public static final int MAX_PATH_CHARS = 512;
  public static final int MAX_CODE_CHARS = 2000;
  public static final int MAX_TEXT_CHARS = 1000;

  private static final Map<String, Severity> SEVERITY_WORDS = Map.ofEntries(
      Map.entry("critical", Severity.CRITICAL), Map.entry("crit", Severity.CRITICAL),
      Map.entry("blocker", Severity.CRITICAL), Map.entry("severe", Severity.CRITICAL),
      Map.entry("p0", Severity.CRITICAL), Map.entry("sev0", Severity.CRITICAL),
      Map.entry("high", Severity.HIGH), Map.entry("major", Severity.HIGH), Map.entry("serious", Severity.HIGH),
      Map.entry("important", Severity.HIGH), Map.entry("error", Severity.HIGH), Map.entry("p1", Severity.HIGH),
      Map.entry("sev1", Severity.HIGH),
      Map.entry("medium", Severity.MEDIUM), Map.entry("med", Severity.MEDIUM), Map.entry("moderate", Severity.MEDIUM),
      Map.entry("warning", Severity.MEDIUM), Map.entry("warn", Severity.MEDIUM), Map.entry("p2", Severity.MEDIUM),
      Map.entry("sev2", Severity.MEDIUM),
      Map.entry("low", Severity.LOW), Map.entry("minor", Severity.LOW), Map.entry("info", Severity.LOW),
      Map.entry("informational", Severity.LOW), Map.entry("note", Severity.LOW), Map.entry("trivial", Severity.LOW),
      Map.entry("none", Severity.LOW), Map.entry("p3", Severity.LOW), Map.entry("sev3", Severity.LOW));

  private Normalizer() {}

  public static Finding normalize(RawFinding raw) {
    return new Finding(
        Texts.cap(Texts.oneLine(raw.filePath()), MAX_PATH_CHARS),
        Categories.canonical(raw.category()),
        severity(raw.severity()),
        Texts.cap(trimBlankLines(Texts.stripControls(raw.vulnerableCode())), MAX_CODE_CHARS),
        Texts.cap(Texts.stripControls(raw.explanation()).strip(), MAX_TEXT_CHARS),
        Texts.cap(Texts.stripControls(raw.fix()).strip(), MAX_TEXT_CHARS),
        Math.max(0, raw.lineHint()));
  }

  /** Severity from free text: the first word that names a level ("High", "HIGH risk", "sev1"); else medium. */
  public static Severity severity(String text) {
    if (text == null || text.isBlank()) {
      return Severity.MEDIUM;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= lower.length() && i < 200; i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        Severity s = SEVERITY_WORDS.get(word.toString());
        if (s != null) {
          return s;
        }
        word.setLength(0);
      }
    }
    return Severity.MEDIUM;
  }

  /** Leading and trailing blank lines removed; indentation of the first line kept for display. */
  private static String trimBlankLines(String code) {
    String[] lines = code.split("\n", -1);
    int start = 0;
    int end = lines.length;
    while (start < end && lines[start].isBlank()) {
      start++;
    }
    while (end > start && lines[end - 1].isBlank()) {
      end--;
    }
    return String.join("\n", java.util.Arrays.asList(lines).subList(start, end));
  }
}

package org.securityguidance.finding;

/**
 * One reviewed vulnerability as every layer reports it (the original's finding fields, spec llm-review §5.3):
 * the repo-relative file, a category, severity, the quoted vulnerable code, how it is exploited, and the fix.
 * {@code line} is 0 when unknown.
 */
public record Finding(
    String filePath,
    String category,
    Severity severity,
    String vulnerableCode,
    String explanation,
    String fix,
    int line) {

  /** The cross-turn dedupe key: same file and category means "already reported" (spec §8.4). */
  public String dedupeKey() {
    return filePath + "\u0000" + category.toLowerCase(java.util.Locale.ROOT);
  }
}

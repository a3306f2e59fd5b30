package org.securityguidance.rules;

import org.securityguidance.finding.Severity;

/**
 * One pattern rule: a built-in catalog entry or a user rule. Implementations are immutable and thread-safe; a scan of
 * a file is a pure function of (path, text).
 */
public interface Rule {
  /** Frozen numeric id of a built-in rule (1–25 kept from the original, new ones appended); -1 for user rules. */
  int id();

  /** Stable rule name, e.g. {@code eval_injection}; user rules are {@code user:<name>}. */
  String name();

  /** One-line title for listings and SARIF {@code shortDescription}. */
  String title();

  Severity severity();

  /** CWE identifier such as {@code CWE-78}, or empty when none applies (user rules). */
  default String cwe() {
    return "";
  }

  /**
   * The reminder body (why it matters, the safe alternative), loaded lazily; the hook adds the header naming the
   * rule and the silencing hint.
   */
  String reminder();

  /** Whether the rule's path gate admits this normalised, '/'-separated path. */
  boolean appliesTo(String normalizedPath);

  /**
   * Adds this rule's matches in {@code text} to {@code out}, in offset order; with {@code firstOnly} at most one. Only
   * called when {@link #appliesTo} admitted the path. Must finish in time linear in the text length.
   */
  void scan(ScanText text, boolean firstOnly, java.util.List<Match> out);
}

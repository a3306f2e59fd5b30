package org.securityguidance.rules.user;

import com.google.re2j.Matcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Detector.Span;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.ScanText;

/**
 * A rule from a user's {@code security-patterns} file (spec §4.7): named {@code user:<rule_name>}, id -1, gated by
 * its path globs, matching any of its plain case-sensitive substrings, then its RE2/J regex. Immutable and
 * thread-safe; the log consumer it was loaded with must be thread-safe too.
 */
public final class UserRule implements Rule {
  /** Per-rule, per-file wall-clock budget for the regex search (see {@link BudgetedText}). */
  static final long DEFAULT_SCAN_BUDGET_NANOS = 500_000_000L;
  /** Keeps a "match everything" rule on a huge file from building a huge list. */
  static final int MAX_MATCHES = 1000;

  private final String ruleName;
  private final String reminder;
  private final Severity severity;
  private final List<String> substrings;
  private final UserRegex regex;
  private final PathGate gate;
  private final Path source;
  private final Consumer<String> log;
  private final long budgetNanos;

  UserRule(String ruleName, String reminder, Severity severity, List<String> substrings, UserRegex regex,
      PathGate gate, Path source, Consumer<String> log) {
    this(ruleName, reminder, severity, substrings, regex, gate, source, log, DEFAULT_SCAN_BUDGET_NANOS);
  }

  UserRule(String ruleName, String reminder, Severity severity, List<String> substrings, UserRegex regex,
      PathGate gate, Path source, Consumer<String> log, long budgetNanos) {
    this.ruleName = ruleName;
    this.reminder = reminder;
    this.severity = severity;
    this.substrings = List.copyOf(substrings);
    this.regex = regex;
    this.gate = gate;
    this.source = source;
    this.log = log;
    this.budgetNanos = budgetNanos;
  }

  /** A copy with another regex budget, for tests of the budget path. */
  UserRule withBudget(long nanos) {
    return new UserRule(ruleName, reminder, severity, substrings, regex, gate, source, log, nanos);
  }

  @Override
  public int id() {
    return -1;
  }

  @Override
  public String name() {
    return "user:" + ruleName;
  }

  @Override
  public String title() {
    return ruleName;
  }

  /** The {@code rule_name} as written (trimmed), without the {@code user:} prefix. */
  public String ruleName() {
    return ruleName;
  }

  /** The file this rule came from. */
  public Path source() {
    return source;
  }

  /** The regex as written in the file, or null when the rule has only substrings. */
  public String regexSource() {
    return regex == null ? null : regex.source();
  }

  public List<String> substrings() {
    return substrings;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String reminder() {
    return reminder;
  }

  @Override
  public boolean appliesTo(String normalizedPath) {
    return gate.admits(normalizedPath == null ? "" : normalizedPath);
  }

  @Override
  public void scan(ScanText text, boolean firstOnly, List<Match> out) {
    if (text.text().isEmpty()) {
      return; // §4.1: content checks need non-empty content (an empty regex match would otherwise fire)
    }
    List<Span> spans = new ArrayList<>();
    if (firstOnly) {
      Span first = firstSubstring(text.text());
      if (first != null) {
        spans.add(first);
      } else {
        regexSpans(text, 1, spans);
      }
    } else {
      substringSpans(text.text(), spans);
      regexSpans(text, MAX_MATCHES, spans);
      spans.sort(Comparator.comparingInt(Span::offset).thenComparingInt(Span::length));
    }
    Span previous = null;
    int reported = 0;
    for (Span s : spans) {
      if (reported == MAX_MATCHES) {
        break;
      }
      if (!s.equals(previous)) {
        out.add(text.matchAt(this, s.offset(), s.length()));
        reported++;
      }
      previous = s;
    }
  }

  private Span firstSubstring(String text) {
    Span best = null;
    for (String sub : substrings) {
      int i = text.indexOf(sub);
      if (i >= 0 && (best == null || i < best.offset())) {
        best = new Span(i, sub.length());
      }
    }
    return best;
  }

  private void substringSpans(String text, List<Span> spans) {
    for (String sub : substrings) {
      int found = 0;
      for (int i = text.indexOf(sub); i >= 0 && found < MAX_MATCHES; i = text.indexOf(sub, i + sub.length())) {
        spans.add(new Span(i, sub.length()));
        found++;
      }
    }
  }

  private void regexSpans(ScanText text, int limit, List<Span> spans) {
    if (regex == null) {
      return;
    }
    Matcher m = regex.matcher(new BudgetedText(text.text(), budgetNanos));
    int found = 0;
    try {
      while (found < limit && m.find()) {
        spans.add(new Span(m.start(), m.end() - m.start()));
        found++;
      }
    } catch (BudgetedText.Exhausted e) {
      log.accept("security-patterns: rule '" + ruleName + "': regex search stopped after "
          + budgetNanos / 1_000_000 + " ms on " + Sanitize.forLog(text.path()) + "; earlier matches kept");
    }
  }

  @Override
  public String toString() {
    return name();
  }
}

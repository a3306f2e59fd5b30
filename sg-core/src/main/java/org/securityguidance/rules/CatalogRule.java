package org.securityguidance.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.securityguidance.finding.Severity;

/**
 * A built-in rule read from {@code builtin-rules.json}: path gate, keyword prefilter, patterns with their checks, an
 * optional code detector and context filter, and a lazily loaded reminder. Scanning is a pure function of the text.
 */
final class CatalogRule implements Rule {
  /** Scan comment-masked code ({@code MASK}) or the raw text ({@code KEEP}, e.g. secrets in comments still leak). */
  enum Comments { MASK, KEEP }

  /** Named filters a hit must pass beyond its regex checks. */
  enum Context { ANY, WORKFLOW_SCRIPT }

  private final Meta meta;
  private final PathGate gate;
  private final List<String> keywords;
  private final List<PatternSpec> patterns;
  private final String detectorName;
  private final Detector detector;
  private final Comments comments;
  private final Context context;
  private final Reminders reminders;
  private final List<RuleExample> examples;

  /** Descriptive fields of a rule. */
  record Meta(int id, String name, String title, Severity severity, String cwe, String reminderFile) {}

  CatalogRule(Meta meta, PathGate gate, List<String> keywords, List<PatternSpec> patterns, String detectorName,
      Detector detector, Comments comments, Context context, Reminders reminders, List<RuleExample> examples) {
    this.meta = meta;
    this.gate = gate;
    this.keywords = List.copyOf(keywords);
    this.patterns = List.copyOf(patterns);
    this.detectorName = detectorName;
    this.detector = detector;
    this.comments = comments;
    this.context = context;
    this.reminders = reminders;
    this.examples = List.copyOf(examples);
  }

  @Override
  public int id() {
    return meta.id();
  }

  @Override
  public String name() {
    return meta.name();
  }

  @Override
  public String title() {
    return meta.title();
  }

  @Override
  public Severity severity() {
    return meta.severity();
  }

  @Override
  public String cwe() {
    return meta.cwe();
  }

  @Override
  public String reminder() {
    return reminders.text(meta.reminderFile());
  }

  @Override
  public boolean appliesTo(String normalizedPath) {
    return gate.admits(normalizedPath);
  }

  PathGate gate() {
    return gate;
  }

  List<String> keywords() {
    return keywords;
  }

  List<PatternSpec> patterns() {
    return patterns;
  }

  /** The catalog's {@code detector} field, or null. */
  String detectorName() {
    return detectorName;
  }

  Comments comments() {
    return comments;
  }

  Context context() {
    return context;
  }

  /** Whether the rule names a detector that is not registered (the rule is then left out of the set). */
  boolean detectorMissing() {
    return detectorName != null && detector == null;
  }

  String reminderFile() {
    return meta.reminderFile();
  }

  /** The catalog's own must-match and must-not-match examples. */
  public List<RuleExample> examples() {
    return examples;
  }

  @Override
  public void scan(ScanText text, boolean firstOnly, List<Match> out) {
    if (!keywordHit(text)) {
      return;
    }
    String body = comments == Comments.MASK ? text.code() : text.text();
    RegexGuard guard = new RegexGuard(body, text.regexBudgetNanos());
    List<int[]> spans = new ArrayList<>();
    try {
      if (detector != null) {
        ScanText view = body == text.text() ? text : new ScanText(text.path(), body);
        for (Detector.Span s : detector.find(view, firstOnly)) {
          spans.add(new int[] {s.offset(), s.offset() + s.length()});
        }
      }
      boolean patternFirstOnly = firstOnly && context == Context.ANY;
      for (PatternSpec p : patterns) {
        p.scan(text, guard, patternFirstOnly, spans);
      }
    } catch (RegexGuard.Timeout | StackOverflowError e) {
      RegexGuard.countTrip();
      return;
    }
    emit(text, body, spans, firstOnly, out);
  }

  private boolean keywordHit(ScanText text) {
    String lower = text.lower();
    for (String k : keywords) {
      if (lower.contains(k)) {
        return true;
      }
    }
    return keywords.isEmpty();
  }

  private void emit(ScanText text, String body, List<int[]> spans, boolean firstOnly, List<Match> out) {
    spans.sort(BY_START_THEN_END);
    int last = -1;
    for (int[] s : spans) {
      if (s[0] == last || (context == Context.WORKFLOW_SCRIPT && !WorkflowContext.inScript(text, body, s[0]))) {
        continue;
      }
      last = s[0];
      out.add(text.matchAt(this, s[0], s[1] - s[0]));
      if (firstOnly) {
        return;
      }
    }
  }

  private static final Comparator<int[]> BY_START_THEN_END = new SpanOrder();

  /** {@code {start, end}} pairs by start, then end; a named class, not comparator lambdas (ADR 0008). */
  private static final class SpanOrder implements Comparator<int[]> {
    @Override
    public int compare(int[] a, int[] b) {
      return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
  }

  @Override
  public String toString() {
    return meta.id() + ":" + meta.name();
  }
}

package org.securityguidance.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pattern-rule engine's entry point: an immutable, ordered list of rules (built-ins from the catalog in id order,
 * then user rules) and the two scans the product needs. The hook asks {@link #firstMatches} (each rule once, list
 * order); {@code scan} asks {@link #allMatches} (every location).
 *
 * <p>Design note: a rule only runs when its path gate admits the file and one of its keywords occurs in the
 * lower-cased text; regexes are compiled on first use and bounded (ADR 0004), comments are masked per language,
 * and {@code sg-allow:} comments silence single matches ({@link Suppression}). Everything is a pure function of
 * (path, content), so instances are safe to share between threads.
 */
public final class RuleSet {
  /** Longest content scanned; the rest of a larger text is ignored (inputs are bounded, HELPERS.md). */
  public static final int MAX_SCAN_CHARS = 8_000_000;

  private final List<Rule> rules;
  private final long regexBudgetNanos;

  private RuleSet(List<? extends Rule> rules, long regexBudgetNanos) {
    this.rules = List.copyOf(rules);
    this.regexBudgetNanos = regexBudgetNanos;
  }

  private static final class Builtin {
    // Built by generated code, not by parsing the catalog: 35-50 ms less per cold hook (ADR 0008, 2026-11-26).
    static final RuleSet INSTANCE = new RuleSet(BuiltinRules.create(new Reminders()), RegexGuard.DEFAULT_BUDGET_NANOS);
  }

  /** The built-in catalog (loaded once, thread-safe). */
  public static RuleSet builtin() {
    return Builtin.INSTANCE;
  }

  /** A rule set over exactly these rules (tests, broken-catalog checks). */
  static RuleSet of(List<? extends Rule> rules, long regexBudgetNanos) {
    return new RuleSet(rules, regexBudgetNanos);
  }

  /** This set followed by {@code extra} (user rules come after the built-ins, spec §4.7). */
  public RuleSet withExtraRules(List<? extends Rule> extra) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(extra);
    return new RuleSet(all, regexBudgetNanos);
  }

  /** This set without the named rules (the per-rule disable setting, {@code SG_DISABLE_RULES}). */
  public RuleSet without(Collection<String> ruleNames) {
    if (ruleNames.isEmpty()) {
      return this;
    }
    Set<String> drop = new HashSet<>(ruleNames);
    List<Rule> kept = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      if (!drop.contains(r.name())) {
        kept.add(r);
      }
    }
    return new RuleSet(kept, regexBudgetNanos);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Each matching rule once, in rule-list order, with its first unsilenced location (the hook path). */
  public List<Match> firstMatches(String rawPath, String content) {
    ScanText st = prepare(rawPath, content);
    boolean mayBeSilenced = Suppression.possible(st);
    List<Match> out = new ArrayList<>();
    List<Match> buffer = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.appliesTo(st.path())) {
        continue;
      }
      buffer.clear();
      rule.scan(st, true, buffer);
      if (buffer.isEmpty()) {
        continue;
      }
      if (mayBeSilenced && Suppression.silenced(st, buffer.get(0))) {
        buffer.clear();
        rule.scan(st, false, buffer);
        buffer.removeIf(m -> Suppression.silenced(st, m));
      }
      if (!buffer.isEmpty()) {
        out.add(buffer.get(0));
      }
    }
    return out;
  }

  /** Every unsilenced location of every rule, sorted by offset, then by rule-list position. */
  public List<Match> allMatches(String rawPath, String content) {
    ScanText st = prepare(rawPath, content);
    boolean mayBeSilenced = Suppression.possible(st);
    Map<Rule, Integer> order = new IdentityHashMap<>();
    List<Match> out = new ArrayList<>();
    for (Rule rule : rules) {
      order.put(rule, order.size());
      if (rule.appliesTo(st.path())) {
        rule.scan(st, false, out);
      }
    }
    if (mayBeSilenced) {
      out.removeIf(m -> Suppression.silenced(st, m));
    }
    out.sort(Comparator.comparingInt(Match::offset).thenComparingInt(m -> order.get(m.rule())));
    return out;
  }

  private ScanText prepare(String rawPath, String content) {
    String text = content == null ? "" : content;
    if (text.length() > MAX_SCAN_CHARS) {
      text = text.substring(0, MAX_SCAN_CHARS);
    }
    return new ScanText(normalizePath(rawPath), text).withRegexBudget(regexBudgetNanos);
  }

  /**
   * The form path gates see: backslashes become '/', leading slashes are dropped (spec §4.1), and Git-Bash drive
   * paths ({@code /c/Users/…}) and Windows ones ({@code c:\Users\…}) both become {@code C:/Users/…} (#2043).
   */
  public static String normalizePath(String rawPath) {
    if (rawPath == null) {
      return "";
    }
    String p = rawPath.replace('\\', '/');
    boolean hadLeadingSlash = p.startsWith("/");
    int i = 0;
    while (i < p.length() && p.charAt(i) == '/') {
      i++;
    }
    p = p.substring(i);
    if (hadLeadingSlash && p.length() >= 2 && isAsciiLetter(p.charAt(0)) && p.charAt(1) == '/') {
      return Character.toUpperCase(p.charAt(0)) + ":" + p.substring(1);
    }
    if (p.length() >= 2 && isAsciiLetter(p.charAt(0)) && p.charAt(1) == ':') {
      return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }
    return p;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

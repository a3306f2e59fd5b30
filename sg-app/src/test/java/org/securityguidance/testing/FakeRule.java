package org.securityguidance.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.ScanText;

/** A regex rule for tests of the scan pipeline, independent of the real catalog. */
public record FakeRule(int id, String name, String title, Severity severity, String reminder, Pattern pattern,
    String pathSuffix, String cwe) implements Rule {

  public static FakeRule of(int id, String name, Severity severity, String regex) {
    return new FakeRule(id, name, "Title of " + name, severity,
        "# " + name + "\n\nWhy " + name + " matters.\n\nSecond paragraph.", Pattern.compile(regex), "", "");
  }

  public FakeRule withCwe(String cweId) {
    return new FakeRule(id, name, title, severity, reminder, pattern, pathSuffix, cweId);
  }

  public FakeRule onlyFor(String suffix) {
    return new FakeRule(id, name, title, severity, reminder, pattern, suffix, cwe);
  }

  @Override
  public boolean appliesTo(String normalizedPath) {
    return normalizedPath.endsWith(pathSuffix);
  }

  @Override
  public void scan(ScanText text, boolean firstOnly, List<Match> out) {
    Matcher m = pattern.matcher(text.text());
    while (m.find()) {
      out.add(text.matchAt(this, m.start(), m.end() - m.start()));
      if (firstOnly) {
        return;
      }
    }
  }

  /** Every match of every rule that applies, sorted by offset then rule name, like {@code RuleSet.allMatches}. */
  public static List<Match> allMatches(List<FakeRule> rules, String path, String content) {
    ScanText text = new ScanText(path, content);
    List<Match> out = new ArrayList<>();
    for (FakeRule rule : rules) {
      if (rule.appliesTo(path)) {
        rule.scan(text, false, out);
      }
    }
    out.sort(Comparator.comparingInt(Match::offset).thenComparing(m -> m.rule().name()));
    return out;
  }
}

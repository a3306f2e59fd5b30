package org.securityguidance.remind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.ScanText;

/** A regex rule with an optional path-suffix gate, for tests that must not depend on the real catalog. */
record FakeRule(int id, String name, String suffix, Pattern pattern) implements Rule {
  static FakeRule of(int id, String name, String suffix, String regex) {
    return new FakeRule(id, name, suffix, Pattern.compile(regex));
  }

  /** A matcher over these rules with the engine's contract: each matching rule once, in list order. */
  static PatternMatcher matcher(Rule... rules) {
    return (rawPath, content) -> {
      ScanText text = new ScanText(rawPath.replace('\\', '/').replaceFirst("^/+", ""), content);
      List<Match> out = new java.util.ArrayList<>();
      for (Rule r : rules) {
        if (r.appliesTo(text.path())) {
          r.scan(text, true, out);
        }
      }
      return out;
    };
  }

  @Override
  public String title() {
    return name;
  }

  @Override
  public Severity severity() {
    return Severity.HIGH;
  }

  @Override
  public String reminder() {
    return "Reminder for " + name + ".";
  }

  @Override
  public boolean appliesTo(String normalizedPath) {
    return suffix.isEmpty() || normalizedPath.endsWith(suffix);
  }

  @Override
  public void scan(ScanText text, boolean firstOnly, List<Match> out) {
    Matcher m = pattern.matcher(text.text());
    if (m.find()) {
      out.add(text.matchAt(this, m.start(), m.end() - m.start()));
    }
  }
}

package org.securityguidance.rules;

import java.util.List;
import org.securityguidance.finding.Severity;

/** A user-style rule for tests: reports every occurrence of a literal word, on any path. */
final class FakeRule implements Rule {
  private final String name;
  private final String word;

  FakeRule(String name, String word) {
    this.name = name;
    this.word = word;
  }

  @Override
  public int id() {
    return -1;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String title() {
    return "fake " + word;
  }

  @Override
  public Severity severity() {
    return Severity.LOW;
  }

  @Override
  public String reminder() {
    return "fake reminder";
  }

  @Override
  public boolean appliesTo(String normalizedPath) {
    return true;
  }

  @Override
  public void scan(ScanText text, boolean firstOnly, List<Match> out) {
    int at = text.text().indexOf(word);
    while (at >= 0) {
      out.add(text.matchAt(this, at, word.length()));
      if (firstOnly) {
        return;
      }
      at = text.text().indexOf(word, at + 1);
    }
  }
}

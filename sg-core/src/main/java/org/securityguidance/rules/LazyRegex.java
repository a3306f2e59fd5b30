package org.securityguidance.rules;

import java.util.regex.Pattern;

/**
 * A catalog regex compiled on first use, so a hook that touches three rules compiles three patterns, not a hundred.
 * Flags follow spec §4.5: Unicode classes (same {@code \b} and {@code \w} on every JDK) and Unix lines.
 */
final class LazyRegex {
  static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

  private final String source;
  private volatile Pattern pattern;

  LazyRegex(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      p = Pattern.compile(source, FLAGS);
      pattern = p;
    }
    return p;
  }

  @Override
  public String toString() {
    return source;
  }
}

package org.securityguidance.agent.tools;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.securityguidance.rules.user.RegexSizeEstimate;

/**
 * Compiles the model's Grep pattern with RE2/J (linear-time matching: {@code (a+)+b} cannot backtrack) after bounding
 * what RE2/J does not: compile cost. RE2/J expands counted repetitions, so {@code ((a{100}){100}){100}} would take
 * minutes and most of the heap to compile; the shared upper-bound estimate of the expanded size is checked first, and
 * the compiled program size after.
 */
final class RegexBudget {
  static final int MAX_LENGTH = 1000;
  static final long MAX_ESTIMATE = 20_000;
  static final int MAX_PROGRAM_SIZE = 5_000;

  private RegexBudget() {}

  /** The compiled pattern; throws {@link BadToolInput} when it is too long, too large once expanded, or invalid. */
  static Pattern compile(String regex, boolean caseInsensitive) {
    if (regex.length() > MAX_LENGTH) {
      throw new BadToolInput("pattern longer than " + MAX_LENGTH + " characters");
    }
    if (RegexSizeEstimate.of(regex) > MAX_ESTIMATE) {
      throw new BadToolInput("pattern too large once its {n} repetitions are expanded; lower the counts");
    }
    Pattern p;
    try {
      p = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new BadToolInput("pattern does not compile (" + e.getDescription()
          + "; RE2 syntax: no look-arounds or back-references)");
    }
    if (p.programSize() > MAX_PROGRAM_SIZE) {
      throw new BadToolInput("pattern too large (compiled size " + p.programSize() + ")");
    }
    return p;
  }
}

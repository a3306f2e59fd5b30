package org.securityguidance.rules.user;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A user rule's regex, compiled for RE2/J after {@link PythonRegex} translation (ADR 0002). RE2/J matches in linear
 * time, so the original's static ReDoS heuristic is gone: {@code (a+)+b} is accepted and harmless. What remains
 * bounded is size: the source length, and the compiled program (RE2/J's cost per character grows with it, and counted
 * repetitions such as {@code x{1000}} expand it), checked first by {@link RegexSizeEstimate} so a hostile pattern
 * cannot exhaust the heap while compiling.
 */
final class UserRegex {
  static final int MAX_LENGTH = 1024;
  /** About {@code .{0,250}}; a 1 MB file then costs at most ~5 s in the worst case, and the scan budget cuts that. */
  static final int MAX_PROGRAM_SIZE = 512;
  private static final long MAX_ESTIMATE = 20_000;
  private static final int LOGGED_CHARS = 60;

  private final String source;
  private final Pattern pattern;

  private UserRegex(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /** Compiles a Python-syntax regex or throws {@link EntryRejected} naming the reason. */
  static UserRegex compile(String source) {
    if (source.length() > MAX_LENGTH) {
      throw new EntryRejected("regex longer than " + MAX_LENGTH + " characters");
    }
    if (RegexSizeEstimate.of(source) > MAX_ESTIMATE) {
      throw new EntryRejected("regex too large once repetitions are expanded (lower the {n} counts): "
          + excerpt(source));
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(PythonRegex.toRe2(source));
    } catch (PatternSyntaxException e) {
      // getDescription() is RE2/J's problem text alone; getMessage() would repeat an unbounded slice of the regex.
      throw new EntryRejected("regex does not compile on RE2/J (" + e.getDescription()
          + "; look-arounds, back-references and atomic groups are unsupported): " + excerpt(source));
    }
    if (pattern.programSize() > MAX_PROGRAM_SIZE) {
      throw new EntryRejected("regex too large: compiled size " + pattern.programSize() + " exceeds "
          + MAX_PROGRAM_SIZE + " (lower the {n} counts): " + excerpt(source));
    }
    return new UserRegex(source, pattern);
  }

  /** The regex as written in the rule file. */
  String source() {
    return source;
  }

  Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** At most {@value #LOGGED_CHARS} characters of the regex, quoted, control characters replaced. */
  static String excerpt(String regex) {
    String cut = regex.length() > LOGGED_CHARS ? regex.substring(0, LOGGED_CHARS) + "…" : regex;
    return "'" + Sanitize.forLog(cut) + "'";
  }
}

package org.securityguidance.telemetry.boot;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a failed bootstrap step into a {@link BootFailure} (spec §4.6): a child process by its exit and captured
 * output, or an exception by its root cause's class and errno. Pure: no I/O, never throws, every kind it returns is
 * an emitted {@link BootErrKind} constant.
 */
public final class BootClassifier {
  /** Only the end of a huge capture is searched: failures are reported last, and the work stays bounded. */
  static final int MAX_SCANNED_CHARS = 1024 * 1024;

  /** Line breaks of Python's {@code splitlines()} (spec §1.16 quirk 14): {@code \R} plus {@code \x1c}–{@code \x1e}. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R|[\\x1c-\\x1e]");

  private BootClassifier() {}

  /**
   * A child process that failed: our own timeout first (even though the killed child reports 137), then a signal rc,
   * then the §4.6 text rules over the lower-cased output, else {@code other:<tail>} with its home-masked signature.
   *
   * @param phase the step that ran the child
   * @param rc the child's exit code (ignored when {@code ownTimeout}; a child that never started goes to
   *     {@link #classifyStartFailure} instead, since its placeholder -1 would read as a signal kill)
   * @param ownTimeout true when our deadline fired and we killed the child
   * @param capturedOutput stdout and stderr as captured (null = none)
   * @param mavenMode true when the child was Maven or its wrapper (enables the dependency rules)
   * @param home the user's home directory, masked as {@code ~} before hashing (null = no masking)
   */
  public static BootFailure classifyProcess(BootPhase phase, int rc, boolean ownTimeout, String capturedOutput,
      boolean mavenMode, String home) {
    if (ownTimeout) {
      return BootFailure.of(phase, BootErrKind.SUBPROCESS_TIMEOUT);
    }
    if (BootCodes.isSignalKill(rc)) {
      return new BootFailure(phase, BootErrKind.SIGNAL_KILLED, 0, 0, 0, rc);
    }
    String text = boundedTail(capturedOutput);
    BootErrKind kind = OutputRules.match(text.toLowerCase(Locale.ROOT), mavenMode, phase);
    if (kind != null) {
      return BootFailure.of(phase, kind);
    }
    return new BootFailure(phase, BootErrKind.UNCATEGORIZED, BootCodes.encodeStderrSig(otherKind(text, home)), 0, 0,
        null);
  }

  /**
   * An exception: unwrap the JDK wrappers (at most 5 levels), code the root cause's exact class name, add its
   * canonical errno; the kind is {@code exc:<FQCN>[:errno]}, which is err 99.
   */
  public static BootFailure classifyException(BootPhase phase, Throwable t) {
    Throwable root = Causes.root(t);
    int exc = root == null ? BootExcType.OTHER.code() : BootExcType.byClassName(root.getClass().getName()).code();
    return new BootFailure(phase, BootErrKind.UNCATEGORIZED, 0, exc, Errno.canonical(root), null);
  }

  /**
   * A child that never started (a {@code ProcessResult} with a start error, whose exit code -1 must not be read as
   * a signal kill): the exception's simple class name before the first {@code ": "} picks the exc code, the rest
   * gives the errno (e.g. {@code "IOException: Cannot run program …: error=2, …"} → exc 16, errno 2).
   */
  public static BootFailure classifyStartFailure(BootPhase phase, String startError) {
    String text = startError == null ? "" : startError;
    int colon = text.indexOf(": ");
    String simpleName = colon < 0 ? "" : text.substring(0, colon).strip();
    int exc = BootExcType.OTHER.code();
    for (BootExcType t : BootExcType.values()) {
      if (t.className() != null && !simpleName.isEmpty() && t.className().endsWith("." + simpleName)) {
        exc = t.code();
      }
    }
    return new BootFailure(phase, BootErrKind.UNCATEGORIZED, 0, exc, Errno.fromText(text), null);
  }

  /** The internal kind of an exception, {@code exc:<FQCN>} or {@code exc:<FQCN>:<errno>} (for the debug log). */
  public static String exceptionKind(Throwable t) {
    Throwable root = Causes.root(t);
    String name = root == null ? "null" : root.getClass().getName();
    int errno = Errno.canonical(root);
    return errno == 0 ? "exc:" + name : "exc:" + name + ":" + errno;
  }

  /**
   * The {@code other:<tail>} kind of uncategorised output: the last non-blank line, trimmed, home-masked, first 60
   * code points; {@code other} when there is no such line.
   */
  public static String otherKind(String capturedOutput, String home) {
    String tail = lastNonBlankLine(boundedTail(capturedOutput));
    if (tail.isEmpty()) {
      return "other";
    }
    String masked = BootCodes.maskHome(tail, home).strip();
    return "other:" + BootCodes.firstCodePoints(masked, BootCodes.TAIL_CODE_POINTS);
  }

  private static String lastNonBlankLine(String text) {
    String[] lines = LINE_BREAK.split(text);
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        return line;
      }
    }
    return "";
  }

  private static String boundedTail(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= MAX_SCANNED_CHARS) {
      return text;
    }
    int start = text.length() - MAX_SCANNED_CHARS;
    if (Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }
}

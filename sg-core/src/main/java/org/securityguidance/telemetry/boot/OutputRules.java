package org.securityguidance.telemetry.boot;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ordered text rules of spec §4.6 over lower-cased captured output: the first matching rule wins. The launcher's
 * bash classifier mirrors this table; {@code classifier-cases.tsv} pins that both agree.
 *
 * <p>One deliberate change of order against the spec table: {@code build_offline} (29) is checked before
 * {@code dep_not_found} (1), because Maven words every offline miss as "Could not resolve dependencies … in offline
 * mode", so the spec order would leave 29 unreachable.
 */
final class OutputRules {
  /** Where a rule applies: everywhere, only in Maven mode, or only in the build phase. */
  enum Gate { ANY, MAVEN, BUILD }

  /**
   * One rule: matches when the text contains any of {@code anyOf} and, if {@code andAnyOf} is non-empty, also any of
   * those.
   */
  record Rule(BootErrKind kind, Gate gate, List<String> anyOf, List<String> andAnyOf) {
    boolean matches(String lower, boolean mavenMode, BootPhase phase) {
      if (gate == Gate.MAVEN && !mavenMode || gate == Gate.BUILD && phase != BootPhase.BUILD) {
        return false;
      }
      return containsAny(lower, anyOf) && (andAnyOf.isEmpty() || containsAny(lower, andAnyOf));
    }
  }

  /**
   * A javac diagnostic, {@code Foo.java:3: error: …} or a line starting {@code error: }
   * (bash ERE {@code (^|: )error: }).
   */
  private static final Pattern JAVAC_ERROR_LINE = Pattern.compile("(?m)(?:^|: )error: ");

  static final List<Rule> RULES = List.of(
      rule(BootErrKind.RUNTIME_STUB, Gate.ANY, "unable to locate a java runtime", "no java runtime present"),
      rule(BootErrKind.JVM_OUT_OF_MEMORY, Gate.ANY, "outofmemoryerror", "insufficient memory for the java runtime",
          "could not reserve enough space", "cannot allocate memory"),
      rule(BootErrKind.JVM_INIT_FAILED, Gate.ANY, "could not create the java virtual machine",
          "error occurred during initialization of vm", "unrecognized vm option"),
      rule(BootErrKind.CLASS_VERSION, Gate.ANY, "unsupportedclassversionerror",
          "compiled by a more recent version of the java runtime"),
      rule(BootErrKind.JAR_CORRUPT, Gate.ANY, "invalid or corrupt jarfile", "zipexception",
          "error in opening zip file"),
      rule(BootErrKind.JAR_MISSING, Gate.ANY, "unable to access jarfile"),
      rule(BootErrKind.CACHE_FAILED, Gate.ANY, "unable to use shared archive",
          "error has occurred while processing the aot cache", "aotcache creation", "cannot dump shared archive"),
      rule(BootErrKind.DISK_FULL, Gate.ANY, "no space left", "quota exceeded", "not enough space on the disk"),
      rule(BootErrKind.PATH_TOO_LONG, Gate.ANY, "file name too long", "filename or extension is too long"),
      rule(BootErrKind.PERM_DENIED, Gate.ANY, "permission denied", "access is denied", "read-only file system",
          "operation not permitted", "accessdeniedexception"),
      rule(BootErrKind.SSL_VERIFY, Gate.ANY, "pkix path building failed", "unable to find valid certification path",
          "sslhandshakeexception"),
      new Rule(BootErrKind.PROXY_AUTH, Gate.ANY, List.of("proxy"), List.of("407", "authent", "tunnel")),
      rule(BootErrKind.DNS_FAIL, Gate.ANY, "unknownhostexception", "name or service not known",
          "nodename nor servname", "temporary failure in name"),
      rule(BootErrKind.CONN_REFUSED, Gate.ANY, "connection refused", "connection reset"),
      rule(BootErrKind.STDERR_TIMEOUT, Gate.ANY, "timed out", "timeout"),
      rule(BootErrKind.BUILD_OFFLINE, Gate.MAVEN, "offline mode"),
      rule(BootErrKind.DEP_NOT_FOUND, Gate.MAVEN, "could not resolve dependencies", "could not find artifact"),
      rule(BootErrKind.BUILD_FAILED, Gate.BUILD, "compilation failure", "compilation error"));

  private OutputRules() {}

  /** The first rule's kind for this output, or null when none matches. */
  static BootErrKind match(String lower, boolean mavenMode, BootPhase phase) {
    for (Rule r : RULES) {
      if (r.matches(lower, mavenMode, phase)) {
        return r.kind();
      }
    }
    if (phase == BootPhase.BUILD && JAVAC_ERROR_LINE.matcher(lower).find()) {
      return BootErrKind.BUILD_FAILED;
    }
    return null;
  }

  private static Rule rule(BootErrKind kind, Gate gate, String... anyOf) {
    return new Rule(kind, gate, List.of(anyOf), List.of());
  }

  private static boolean containsAny(String text, List<String> needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }
}

package org.securityguidance.telemetry.boot;

import java.util.Set;
import org.securityguidance.telemetry.MetricLine;

/**
 * Everything one bootstrap run reports, turned into its metrics line with the emission order and gates of spec §4.7.
 *
 * @param outcome how the run ended
 * @param failure the classified failure, null unless the run failed
 * @param runtime the runtime's facts, null when unknown
 * @param altJre highest IDE-bundled runtime (feature*100+interim) or null; emitted (0 when null) on outcomes 6 and 10
 * @param hasJavac the {@code javac} probe, null when not probed; emitted only where it decides the fix
 * @param hasMvn the Maven probe, null when not probed; same gate
 * @param jreUpdate the runtime's update number, emitted on outcome 3 only
 * @param jto whether {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS}/{@code _JAVA_OPTIONS} is set (emitted if true)
 * @param last the pending rescue outcome from {@code jvm-boot.last}, null when none
 * @param millis time spent, null when not measured
 */
public record BootReport(BootOutcome outcome, BootFailure failure, RuntimeFacts runtime, Integer altJre,
    Boolean hasJavac, Boolean hasMvn, Integer jreUpdate, boolean jto, Integer last, Long millis) {
  /** The err kinds on which the build-tool probes are decisive (spec §4.7: err 6, 20, 21, 22, 27). */
  private static final Set<BootErrKind> PROBE_KINDS = Set.of(BootErrKind.NO_BUILD_TOOL, BootErrKind.JAR_MISSING,
      BootErrKind.JAR_HASH_MISMATCH, BootErrKind.JAR_CORRUPT, BootErrKind.BUILD_FAILED);

  /** A report with only an outcome (and optionally runtime facts): NOOP and SKIP runs. */
  public static BootReport of(BootOutcome outcome, RuntimeFacts runtime) {
    return new BootReport(outcome, null, runtime, null, null, null, null, false, null, null);
  }

  /**
   * The metrics line: {@code pv, boot, boot_phase, boot_err, boot_stderr_sig, boot_exc, boot_errno, boot_rc,
   * boot_jre, boot_jre_src, boot_jvm, boot_cache_mode, boot_alt_jre, boot_has_javac, boot_has_mvn, boot_jre_upd,
   * boot_jto, boot_last, boot_ms}, each only under its §4.7 gate; {@code boot_phase} is never 0.
   */
  public MetricLine toMetrics(long pv) {
    MetricLine line = MetricLine.withPv(pv).put("boot", outcome.code());
    if (failure != null) {
      putFailure(line, failure);
    }
    if (runtime != null) {
      line.put("boot_jre", runtime.jre()).put("boot_jre_src", runtime.src()).put("boot_jvm", runtime.jvm());
      if (runtimeCompatible()) {
        line.put("boot_cache_mode", runtime.cacheMode());
      }
    }
    if (runtimeUnusable()) {
      line.put("boot_alt_jre", altJre == null ? 0 : altJre);
    }
    putProbes(line);
    if (outcome == BootOutcome.BUILD_FAILED && jreUpdate != null) {
      line.put("boot_jre_upd", jreUpdate);
    }
    if (jto) {
      line.put("boot_jto", true);
    }
    if (last != null) {
      line.put("boot_last", last);
    }
    if (millis != null) {
      line.put("boot_ms", millis);
    }
    return line;
  }

  private static void putFailure(MetricLine line, BootFailure f) {
    line.put("boot_phase", f.reportedPhase().code()).put("boot_err", f.reportedErr().code());
    if (f.stderrSig() != 0) {
      line.put("boot_stderr_sig", f.stderrSig());
    }
    if (f.exc() != 0) {
      line.put("boot_exc", f.exc());
    }
    if (f.errno() != 0) {
      line.put("boot_errno", f.errno());
    }
    if (f.rc() != null && f.rc() != 0) {
      line.put("boot_rc", f.rc());
    }
  }

  private void putProbes(MetricLine line) {
    if (!probesDecisive()) {
      return;
    }
    if (hasJavac != null) {
      line.put("boot_has_javac", hasJavac);
    }
    if (hasMvn != null) {
      line.put("boot_has_mvn", hasMvn);
    }
  }

  /**
   * The probes answer "can a source build fix this?": alongside outcomes 7 and 8, on the decisive err kinds, and on
   * every build-phase failure (the launcher probes on Maven's network kinds too).
   */
  private boolean probesDecisive() {
    if (outcome == BootOutcome.BUILT_FROM_SOURCE || outcome == BootOutcome.NOOP_FROM_SOURCE) {
      return true;
    }
    return failure != null
        && (PROBE_KINDS.contains(failure.reportedErr()) || failure.reportedPhase() == BootPhase.BUILD);
  }

  private boolean runtimeUnusable() {
    return outcome == BootOutcome.RUNTIME_INCOMPATIBLE || outcome == BootOutcome.NO_RUNTIME;
  }

  private boolean runtimeCompatible() {
    return !runtimeUnusable();
  }
}

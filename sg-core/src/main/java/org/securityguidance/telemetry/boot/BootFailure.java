package org.securityguidance.telemetry.boot;

/**
 * One classified bootstrap failure, already encoded: the step, the error kind, and the optional detail codes
 * ({@code boot_stderr_sig}, {@code boot_exc}, {@code boot_errno}: 0 = absent; {@code boot_rc}: null = absent).
 *
 * @param phase the step that failed; null is reported as {@link BootPhase#PRE} (spec §1.6: an empty phase is "pre")
 * @param err the error kind; null is reported as {@link BootErrKind#UNCATEGORIZED}
 * @param stderrSig 0–999 signature of an uncategorised output tail, 0 when absent
 * @param exc a {@link BootExcType} code, 0 when the failure was not an exception
 * @param errno canonical Linux errno, 0 when unknown
 * @param rc the child's raw exit code for signal kills, else null
 */
public record BootFailure(BootPhase phase, BootErrKind err, int stderrSig, int exc, int errno, Integer rc) {
  /** A failure described by its kind alone (no detail codes): a probe result such as {@code no_build_tool}. */
  public static BootFailure of(BootPhase phase, BootErrKind err) {
    return new BootFailure(phase, err, 0, 0, 0, null);
  }

  /**
   * Decodes an internal kind string ({@code dns_fail}, {@code exc:<FQCN>:<n>}, {@code signal_killed:<rc>},
   * {@code other:<tail>}) with the {@link BootCodes} encoders; the tail is home-masked before hashing.
   */
  public static BootFailure fromKind(BootPhase phase, String kind, String home) {
    int rc = BootCodes.encodeRc(kind);
    return new BootFailure(phase, BootErrKind.byCode(BootCodes.encodeErrKind(kind)),
        BootCodes.encodeStderrSig(kind, home), BootCodes.encodeExc(kind), BootCodes.encodeErrno(kind),
        rc == 0 ? null : rc);
  }

  /** The phase that is emitted: never 0 and never a reserved code (spec §4.7 fixes the original's quirk 1). */
  public BootPhase reportedPhase() {
    return phase == null || !phase.emitted() ? BootPhase.PRE : phase;
  }

  /** The error kind that is emitted: reserved kinds 11–15 and null become {@link BootErrKind#UNCATEGORIZED}. */
  public BootErrKind reportedErr() {
    return err == null || !err.emitted() ? BootErrKind.UNCATEGORIZED : err;
  }

  /** True when this failure starts the 24 h cooldown (a memory-class failure; our own timeout never does). */
  public boolean startsCooldown() {
    return err != null && err.startsCooldown();
  }
}

package org.securityguidance.telemetry.boot;

/**
 * The {@code boot} metric: how a SessionStart bootstrap (or a detached rescue) ended. APPEND-ONLY protocol data
 * (spec bootstrap-and-telemetry.md §4.6); {@code BootCodeTablesTest} pins every (name, code) pair.
 */
public enum BootOutcome {
  NOOP_READY(0),
  NOOP_CACHED(1),
  BUILT_CACHE(2),
  BUILD_FAILED(3),
  /** Mirrors the original's retired 4: never emitted, never reused. */
  RESERVED_4(4),
  SKIP_SENTINEL(5),
  RUNTIME_INCOMPATIBLE(6),
  BUILT_FROM_SOURCE(7),
  NOOP_FROM_SOURCE(8),
  SKIP_COOLDOWN(9),
  NO_RUNTIME(10);

  private final int code;

  BootOutcome(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The constant with this code, or null. */
  public static BootOutcome byCode(int code) {
    for (BootOutcome o : values()) {
      if (o.code == code) {
        return o;
      }
    }
    return null;
  }

  /** True for the outcomes that carry {@code boot_phase}/{@code boot_err}. */
  public boolean isFailure() {
    return this == BUILD_FAILED || this == RUNTIME_INCOMPATIBLE || this == NO_RUNTIME;
  }
}

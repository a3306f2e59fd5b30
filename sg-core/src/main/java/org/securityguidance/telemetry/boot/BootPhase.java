package org.securityguidance.telemetry.boot;

import java.util.Locale;

/**
 * The {@code boot_phase} metric: the bootstrap step a failure happened in. APPEND-ONLY (spec §4.6); 2, 3 and 5 keep
 * the original's venv/pip meanings and are never emitted by this port.
 */
public enum BootPhase {
  /** State dir, sentinel, markers. */
  PRE(1),
  RESERVED_VENV(2),
  RESERVED_PIP(3),
  /** An exception above the state machine. */
  MAIN(4),
  RESERVED_PIP_TARGET(5),
  /** Launcher runtime discovery. */
  RUNTIME(6),
  /** Jar verification against its SHA-256 sidecar. */
  VERIFY(7),
  /** Build from source. */
  BUILD(8),
  /** Start-up cache generation. */
  CACHE(9),
  /** The hook JVM failed to start or wrote no JSON (seen by the launcher). */
  LAUNCH(10);

  private final int code;

  BootPhase(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** False for the reserved codes this port never emits. */
  public boolean emitted() {
    return this != RESERVED_VENV && this != RESERVED_PIP && this != RESERVED_PIP_TARGET;
  }

  /** The lower-case phase name of the internal grammar ({@code pre}, {@code cache}, ...), null for reserved codes. */
  public String key() {
    return emitted() ? name().toLowerCase(Locale.ROOT) : null;
  }

  /** The emitted phase whose {@link #key()} equals {@code key} exactly, or null. */
  public static BootPhase byKey(String key) {
    for (BootPhase p : values()) {
      if (p.emitted() && p.key().equals(key)) {
        return p;
      }
    }
    return null;
  }

  /** The constant with this code, or null. */
  public static BootPhase byCode(int code) {
    for (BootPhase p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    return null;
  }
}

package org.securityguidance.telemetry;

/** Encodes a plugin version as the {@code pv} metric: {@code major*10000 + minor*100 + patch} (spec §1.3). */
public final class VersionCode {
  private VersionCode() {}

  /** {@code "3.0.0"} → 30000; anything unparseable (fewer than three numeric parts, negatives) → 0. */
  public static long encode(String version) {
    if (version == null) {
      return 0;
    }
    String[] parts = version.trim().split("\\.", -1);
    if (parts.length < 3) {
      return 0;
    }
    try {
      long major = part(parts[0]);
      long minor = part(parts[1]);
      long patch = part(parts[2]);
      return major * 10000 + minor * 100 + patch;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long part(String s) {
    if (s.isEmpty() || s.length() > 6) {
      throw new NumberFormatException("not a version part");
    }
    // A loop, not a stream: this runs on every hook, and a stream pipeline costs a cold JVM milliseconds (ADR 0008).
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw new NumberFormatException("not a version part");
      }
    }
    return Long.parseLong(s);
  }
}

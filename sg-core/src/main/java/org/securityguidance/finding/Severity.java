package org.securityguidance.finding;

import java.util.Locale;

/** How bad a finding is; the order is the sort order used everywhere (most severe first). */
public enum Severity {
  CRITICAL(9.5),
  HIGH(8.0),
  MEDIUM(5.5),
  LOW(3.0);

  private final double score;

  Severity(double score) {
    this.score = score;
  }

  /** The CVSS-like number GitHub code scanning reads from {@code security-severity}. */
  public double securityScore() {
    return score;
  }

  /** Lower-case wire name ({@code critical}, {@code high}…). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name case-insensitively; unknown values are {@code MEDIUM}. */
  public static Severity parse(String s) {
    if (s != null) {
      for (Severity v : values()) {
        if (v.name().equalsIgnoreCase(s.trim())) {
          return v;
        }
      }
    }
    return MEDIUM;
  }
}

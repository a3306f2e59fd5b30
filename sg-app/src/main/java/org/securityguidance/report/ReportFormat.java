package org.securityguidance.report;

import java.util.Locale;

/** The output formats of {@code scan}; {@code rules} accepts the first two. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF;

  /** The format named on the command line (case-insensitive), or {@code null} when there is none by that name. */
  public static ReportFormat byName(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.securityguidance.bootstrap;

import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootReport;
import org.securityguidance.telemetry.boot.RuntimeFacts;

/**
 * One finished bootstrap: the report that becomes the metrics line, the archive in use (file name, or null) and a
 * content-free description for the debug log.
 */
public record BootRun(BootReport report, String archive, String detail) {

  static BootRun of(BootOutcome outcome, RuntimeFacts facts, String archive, String detail) {
    return new BootRun(BootReport.of(outcome, facts), archive, detail);
  }

  static BootRun failed(BootFailure failure, RuntimeFacts facts, Boolean hasJavac, Boolean hasMvn, int jreUpdate,
      String detail) {
    return new BootRun(new BootReport(BootOutcome.BUILD_FAILED, failure, facts, null, hasJavac, hasMvn, jreUpdate,
        false, null, null), null, detail);
  }

  /** The same run reported under another outcome (a jar built from source) with the launcher's probes. */
  BootRun as(BootOutcome outcome, Boolean hasJavac, Boolean hasMvn) {
    BootReport r = report;
    return new BootRun(new BootReport(outcome, null, r.runtime(), null, hasJavac, hasMvn, null, false, null, null),
        archive, detail);
  }

  /** The same run with the fields only the driver knows: JAVA_TOOL_OPTIONS, the pending rescue result, timing. */
  BootRun finish(boolean jto, Integer last, long millis) {
    BootReport r = report;
    return new BootRun(new BootReport(r.outcome(), r.failure(), r.runtime(), r.altJre(), r.hasJavac(), r.hasMvn(),
        r.jreUpdate(), jto, last, millis), archive, detail);
  }
}

package org.securityguidance.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.securityguidance.rules.Rule;

/**
 * Everything a report needs about one finished scan: the root that paths are relative to, the rules that were
 * active (in catalog order, so SARIF rule indexes are stable), the findings in report order, counters, the failed
 * files (path and error class only) and the wall-clock time.
 */
public record ScanResult(Path root, List<Rule> rules, List<ScanFinding> findings, ScanStats stats,
    List<String> failures, Duration elapsed) {

  public ScanResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    failures = List.copyOf(failures);
  }
}

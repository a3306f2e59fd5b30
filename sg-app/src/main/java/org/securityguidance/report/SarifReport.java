package org.securityguidance.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.rules.Rule;
import org.securityguidance.scan.LineFingerprint;
import org.securityguidance.scan.ScanFinding;
import org.securityguidance.scan.ScanResult;

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run, every active rule as a descriptor (so {@code ruleIndex}
 * is the rule's position in the active rule list), one result per finding with a root-relative {@code %SRCROOT%}
 * URI, a region, and a partial fingerprint that keeps alerts stable across unrelated edits. Source snippets are
 * deliberately not embedded: a report uploaded as a CI artifact should not copy code (or a matched secret) around.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  /** Project page shown by SARIF viewers next to the tool name. */

  private final String toolVersion;

  SarifReport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public String render(ScanResult result) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver(result.rules())));
    run.put("invocations", List.of(invocation(result)));
    run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", SarifUris.directory(result.root()))));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results(result));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    doc.put("runs", List.of(run));
    return PrettyJson.write(doc);
  }

  private Map<String, Object> driver(List<Rule> rules) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "security-guidance");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion);
    driver.put("rules", SarifRules.all(rules));
    return driver;
  }

  private static Map<String, Object> invocation(ScanResult result) {
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", result.failures().isEmpty());
    List<Object> notifications = new ArrayList<>();
    for (String failure : result.failures()) {
      Map<String, Object> notification = new LinkedHashMap<>();
      notification.put("level", "error");
      notification.put("message", SarifRules.text("scan failed: " + failure));
      notifications.add(notification);
    }
    if (!notifications.isEmpty()) {
      invocation.put("toolExecutionNotifications", notifications);
    }
    return invocation;
  }

  private static List<Object> results(ScanResult result) {
    Map<String, Integer> indexByName = new HashMap<>();
    for (int i = 0; i < result.rules().size(); i++) {
      indexByName.putIfAbsent(result.rules().get(i).name(), i);
    }
    List<Object> results = new ArrayList<>(result.findings().size());
    for (ScanFinding f : result.findings()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ruleId", f.rule().name());
      Integer index = indexByName.get(f.rule().name());
      if (index != null) {
        r.put("ruleIndex", index);
      }
      r.put("level", SarifRules.level(f.rule().severity()));
      r.put("message", SarifRules.text(f.rule().title()));
      r.put("locations", List.of(Map.of("physicalLocation", physicalLocation(f))));
      r.put("partialFingerprints", Map.of(LineFingerprint.SARIF_KEY, f.fingerprint()));
      results.add(r);
    }
    return results;
  }

  private static Map<String, Object> physicalLocation(ScanFinding f) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", SarifUris.relative(f.path()));
    artifact.put("uriBaseId", SRCROOT);
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", f.line());
    region.put("startColumn", f.column());
    if (f.hasExtent()) {
      if (f.endLine() != f.line()) {
        region.put("endLine", f.endLine());
      }
      region.put("endColumn", f.endColumn());
    }
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("artifactLocation", artifact);
    location.put("region", region);
    return location;
  }
}

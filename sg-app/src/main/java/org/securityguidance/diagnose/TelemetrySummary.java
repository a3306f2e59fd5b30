package org.securityguidance.diagnose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.securityguidance.telemetry.RuleMask;

/**
 * The {@code telemetry} command's numbers: what the local metrics file says about this machine's hooks — lines per
 * hook, bootstrap outcomes with their decoded failure codes, runtimes, pattern-rule hits and review outcomes.
 *
 * <p>Design note: every section is a {@link CodeTally} over one integer field, so text and JSON come from the same
 * counts; values are decoded with the code-table enums ({@link BootCodeNames}) and rule names from the catalog.
 */
public final class TelemetrySummary {
  private final Map<String, Long> hookCounts = new LinkedHashMap<>();
  private final Map<String, Long> sourceCounts = new LinkedHashMap<>();
  private final CodeTally outcomes = new CodeTally("bootstrap outcomes (boot)", BootCodeNames::outcome);
  private final CodeTally phases = new CodeTally("failure phases (boot_phase)", BootCodeNames::phase);
  private final CodeTally errKinds = new CodeTally("error kinds (boot_err)", BootCodeNames::errKind);
  private final CodeTally excTypes = new CodeTally("exception types (boot_exc)", BootCodeNames::excType);
  private final CodeTally errnos = new CodeTally("errnos (boot_errno)", BootCodeNames::errno);
  private final CodeTally signals = new CodeTally("signal exit codes (boot_rc)", Long::toString);
  private final CodeTally runtimes = new CodeTally("runtimes (boot_jre)", BootCodeNames::runtime);
  private final CodeTally cacheModes = new CodeTally("start-up cache modes (boot_cache_mode)",
      BootCodeNames::cacheMode);
  private final CodeTally rescues = new CodeTally("rescue results (boot_last)", BootCodeNames::outcome);
  private final CodeTally ruleHits;
  private final CodeTally skips = new CodeTally("skipped hooks (skip_reason)", BootCodeNames::skipReason);
  private final CodeTally apiErrors = new CodeTally("review API errors (api_error)", TelemetrySummary::httpStatus);
  private final CodeTally fallbacks = new CodeTally("agentic fallbacks (agentic_fallback)", Long::toString);
  private final Map<String, Long> totals = new LinkedHashMap<>();
  private final int malformed;
  private final int lines;

  private TelemetrySummary(MetricsLog log, LongFunction<String> ruleNames) {
    this.ruleHits = new CodeTally("pattern rule hits (rule_mask, rule_id)", ruleNames);
    this.malformed = log.malformed();
    this.lines = log.records().size();
    for (String key : List.of("pattern_hits", "vulns_found", "critical_count", "high_count", "review_failed",
        "billing_notice")) {
      totals.put(key, 0L);
    }
    log.records().forEach(this::add);
  }

  /** The summary of {@code log}; {@code ruleNames} decodes a rule id (the catalog's names, -1 = user rule). */
  public static TelemetrySummary of(MetricsLog log, LongFunction<String> ruleNames) {
    return new TelemetrySummary(log, ruleNames);
  }

  private void add(MetricsRecord r) {
    hookCounts.merge(r.hook(), 1L, Long::sum);
    sourceCounts.merge(r.src(), 1L, Long::sum);
    if (r.number("boot") != null) {
      outcomes.add(r.number("boot"));
      phases.add(r.number("boot_phase"));
      errKinds.add(r.number("boot_err"));
      excTypes.add(r.number("boot_exc"));
      errnos.add(r.number("boot_errno"));
      signals.add(r.number("boot_rc"));
      runtimes.add(r.number("boot_jre"));
      cacheModes.add(r.number("boot_cache_mode"));
      rescues.add(r.number("boot_last"));
    }
    addRuleHits(r);
    skips.add(r.number("skip_reason"));
    apiErrors.add(r.number("api_error"));
    fallbacks.add(r.number("agentic_fallback"));
    for (String key : totals.keySet()) {
      Long n = r.flag(key) ? Long.valueOf(1) : r.number(key);
      if (n != null && n > 0) {
        totals.merge(key, n, Long::sum);
      }
    }
  }

  /** The mask names every built-in rule of the line; {@code rule_id} adds the user-rule case the mask cannot hold. */
  private void addRuleHits(MetricsRecord r) {
    Long mask = r.number("rule_mask");
    if (mask != null && mask > 0) {
      for (int id = 1; id <= RuleMask.MAX_ID; id++) {
        if ((mask & (1L << id)) != 0) {
          ruleHits.add((long) id);
        }
      }
    } else if (r.number("rule_id") != null && r.number("rule_id") != 0) {
      ruleHits.add(r.number("rule_id"));
    }
  }

  private List<CodeTally> bootSections() {
    return List.of(outcomes, phases, errKinds, excTypes, errnos, signals, runtimes, cacheModes, rescues);
  }

  private List<CodeTally> useSections() {
    return List.of(ruleHits, skips, apiErrors, fallbacks);
  }

  /** The human table. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Local telemetry: ").append(lines).append(lines == 1 ? " line" : " lines");
    b.append(malformed > 0 ? ", " + malformed + " malformed lines skipped" : "").append('\n');
    if (lines == 0) {
      return b.append("  nothing recorded yet (hooks append here unless SG_LOCAL_TELEMETRY=0)\n").toString();
    }
    b.append("  lines by hook\n");
    hookCounts.forEach((k, v) -> b.append(String.format("    %-40s %8d", k, v)).append('\n'));
    b.append("  lines by writer\n");
    sourceCounts.forEach((k, v) -> b.append(String.format("    %-40s %8d", k, v)).append('\n'));
    bootSections().forEach(t -> t.appendText(b));
    useSections().forEach(t -> t.appendText(b));
    b.append("  totals\n");
    totals.forEach((k, v) -> b.append(String.format("    %-40s %8d", k, v)).append('\n'));
    return b.toString();
  }

  /** The same numbers as one JSON object. */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("lines", (long) lines);
    out.put("malformed", (long) malformed);
    out.put("hooks", new LinkedHashMap<>(hookCounts));
    out.put("writers", new LinkedHashMap<>(sourceCounts));
    Map<String, Object> boot = new LinkedHashMap<>();
    List<String> bootKeys = List.of("outcomes", "phases", "err_kinds", "exc_types", "errnos", "signal_rcs",
        "runtimes", "cache_modes", "rescue_results");
    List<CodeTally> bootTallies = bootSections();
    for (int i = 0; i < bootKeys.size(); i++) {
      boot.put(bootKeys.get(i), bootTallies.get(i).toJson());
    }
    out.put("boot", boot);
    out.put("rule_hits", ruleHits.toJson());
    Map<String, Object> reviews = new LinkedHashMap<>();
    reviews.put("skip_reasons", skips.toJson());
    reviews.put("api_errors", apiErrors.toJson());
    reviews.put("agentic_fallbacks", fallbacks.toJson());
    out.put("reviews", reviews);
    out.put("totals", new LinkedHashMap<>(totals));
    return out;
  }

  private static String httpStatus(long code) {
    return code == -1 ? "network_or_timeout" : "http_" + code;
  }
}

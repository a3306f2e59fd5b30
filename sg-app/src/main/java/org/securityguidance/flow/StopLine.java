package org.securityguidance.flow;

import java.util.Map;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.remind.PatternSweep;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.usage.ReviewUsage;

/**
 * Composes Stop's metrics lines in the order Claude Code's 20-key cap rewards (spec §3.2, hooks §3.2): {@code pv},
 * then the usage keys, then the path's own keys, with the pattern-sweep tally last.
 */
final class StopLine {
  private StopLine() {}

  /** A fresh line: {@code pv} then the usage keys of whatever review ran. */
  static MetricLine start(HookOutput out, ReviewUsage usage) {
    return usage.addTo(out.metrics());
  }

  /** A skip: {@code skipped, skip_reason, fire_index, diff_strategy_v2}, then {@code extras} in order. */
  static MetricLine skip(HookOutput out, ReviewUsage usage, SkipReason reason, long fireIndex,
      Map<String, Long> extras) {
    MetricLine line = start(out, usage).skip(reason).put("fire_index", fireIndex).put("diff_strategy_v2", true);
    return putAll(line, extras);
  }

  static MetricLine putAll(MetricLine line, Map<String, Long> values) {
    values.forEach(line::put);
    return line;
  }

  /** The pattern-warning tally (spec §2.6 step 3); zero counts are left out. */
  static MetricLine sweep(MetricLine line, PatternSweep.Tally tally) {
    if (tally.fixed() > 0) {
      line.put("warn_fixed", tally.fixed());
    }
    if (tally.unresolved() > 0) {
      line.put("warn_unresolved", tally.unresolved());
    }
    if (tally.unresolvedMask() != 0) {
      line.put("warn_unresolved_mask", tally.unresolvedMask());
    }
    return line;
  }
}

package org.securityguidance.diagnose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parsed line of {@code <state>/metrics.jsonl}: when, which hook, which side wrote it, and the metrics object
 * exactly as it was printed (numbers as Long/Double, flags as Boolean; anything else was dropped on reading).
 *
 * @param ts epoch seconds
 * @param hook Claude Code's event name ({@code PostToolUse}), or {@code Rescue}
 * @param src {@code jvm} or {@code launcher}
 * @param metrics the metrics object in printed order
 */
public record MetricsRecord(long ts, String hook, String src, Map<String, Object> metrics) {
  public MetricsRecord {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** The integer value of {@code key}, or null when absent or not a whole number. */
  public Long number(String key) {
    Object v = metrics.get(key);
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    return null;
  }

  /** True when {@code key} is the boolean true. */
  public boolean flag(String key) {
    return Boolean.TRUE.equals(metrics.get(key));
  }
}

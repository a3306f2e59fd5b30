package org.securityguidance.telemetry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builder of the {@code metrics} object Claude Code forwards: keys match {@code ^[a-z][a-z0-9_]{0,39}$}, values are
 * booleans or finite numbers, insertion order is kept and at most {@link #MAX_KEYS} keys are kept (spec §3.1).
 *
 * <p>One bad value would make Claude Code drop the whole dict, so a bad key or value is a programming error and throws
 * at the call site (tests catch it). Keys past the cap are dropped, as Claude Code itself would drop them, and counted.
 */
public final class MetricLine {
  /** Claude Code keeps the first 20 keys (10 on older builds, hence the ordering care). */
  public static final int MAX_KEYS = 20;

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private int dropped;

  /** A line that starts with {@code pv} unless {@code pv} is 0 (unknown version: omitted, spec §1.3). */
  public static MetricLine withPv(long pv) {
    MetricLine line = new MetricLine();
    if (pv != 0) {
      line.put("pv", pv);
    }
    return line;
  }

  /** An empty line (for the few shapes that carry no {@code pv}, such as {@code bash_hook_dedup}). */
  public static MetricLine empty() {
    return new MetricLine();
  }

  public MetricLine put(String key, boolean value) {
    return store(key, value);
  }

  public MetricLine put(String key, long value) {
    return store(key, value);
  }

  public MetricLine put(String key, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("metric " + key + " is not finite");
    }
    return store(key, value);
  }

  /** The standard skip pair: {@code skipped: true, skip_reason: <code>}. */
  public MetricLine skip(SkipReason reason) {
    return put("skipped", true).put("skip_reason", reason.code());
  }

  private MetricLine store(String key, Object value) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("bad metric key: " + key);
    }
    if (values.containsKey(key)) {
      values.put(key, value);
    } else if (values.size() < MAX_KEYS) {
      values.put(key, value);
    } else {
      dropped++;
    }
    return this;
  }

  /** The ordered, read-only key/value view to serialise. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** How many keys were refused by the cap (for the debug log). */
  public int droppedKeys() {
    return dropped;
  }

  /** True when {@code key} is a legal metric name. */
  public static boolean isValidKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }
}

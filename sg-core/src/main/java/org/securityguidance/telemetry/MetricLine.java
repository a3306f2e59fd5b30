package org.securityguidance.telemetry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builder of the {@code metrics} object Claude Code forwards, enforcing its transport contract at runtime for every
 * hook (spec bootstrap-and-telemetry §2.1, §4.7): keys match {@code ^[a-z][a-z0-9_]{0,39}$}, values are booleans,
 * integers or finite doubles, at most {@link #MAX_KEYS} keys, important keys first.
 *
 * <p>One bad value would make Claude Code drop the whole dict, and a hook must never fail because of its telemetry,
 * so a bad key or value is dropped and counted ({@link #droppedKeys()}). When assertions are enabled (every test run)
 * the same mistake throws at the call site instead, so tests catch it.
 *
 * <p>Order: the keys of {@link #PRIORITY} that are present, in that order, then every other key in insertion order;
 * the view keeps the first {@link #MAX_KEYS}, so the keys that explain a failure survive both the 20-key cap and an
 * old client's 10-key cap.
 */
public final class MetricLine {
  /** Claude Code keeps the first 20 keys (10 on older builds, hence the ordering). */
  public static final int MAX_KEYS = 20;

  /**
   * Keys emitted ahead of all others: {@code pv} (joins rows), the bootstrap family in spec §4.7 order (SessionStart
   * lines only), then the keys that say why a hook did not do its work: the skip pair and the last API failure
   * ({@code http_err_last}, {@code http_err_count}; {@code api_error} repeats that value and stays in place).
   * Everything else keeps insertion order, so the usage block and each path's own keys follow unchanged.
   */
  public static final List<String> PRIORITY = List.of("pv", "boot", "boot_phase", "boot_err", "boot_stderr_sig",
      "boot_exc", "boot_errno", "boot_rc", "boot_jre", "boot_jre_src", "boot_jvm", "boot_cache_mode", "boot_alt_jre",
      "boot_has_javac", "boot_has_mvn", "boot_jre_upd", "boot_jto", "boot_last", "boot_ms", "skipped", "skip_reason",
      "http_err_last", "http_err_count");

  /** Bound on distinct keys held before ordering; a runaway caller cannot grow the line without limit. */
  static final int MAX_STORED = 64;

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final boolean strict;
  private int rejected;

  MetricLine(boolean strict) {
    this.strict = strict;
  }

  /** A line that starts with {@code pv} unless {@code pv} is 0 (unknown version: omitted, spec §1.3). */
  public static MetricLine withPv(long pv) {
    MetricLine line = empty();
    if (pv != 0) {
      line.put("pv", pv);
    }
    return line;
  }

  /** An empty line (for the few shapes that carry no {@code pv}, such as {@code bash_hook_dedup}). */
  public static MetricLine empty() {
    return new MetricLine(MetricLine.class.desiredAssertionStatus());
  }

  public MetricLine put(String key, boolean value) {
    return store(key, value);
  }

  public MetricLine put(String key, long value) {
    return store(key, value);
  }

  /** A finite double; NaN and ±Infinity are not JSON and are dropped. */
  public MetricLine put(String key, double value) {
    if (!Double.isFinite(value)) {
      return reject("metric " + key + " is not finite");
    }
    return store(key, value);
  }

  /**
   * A boxed value: {@link Boolean}, {@link Integer}, {@link Long} or a finite {@link Double}; anything else (null,
   * strings, other numbers) is dropped, because Claude Code may discard the whole dict for one such value.
   */
  public MetricLine put(String key, Object value) {
    if (value instanceof Boolean b) {
      return store(key, b);
    }
    if (value instanceof Long || value instanceof Integer) {
      return store(key, ((Number) value).longValue());
    }
    if (value instanceof Double d) {
      return put(key, d.doubleValue());
    }
    return reject("metric " + key + " has an unsupported value type");
  }

  /** The standard skip pair: {@code skipped: true, skip_reason: <code>}. */
  public MetricLine skip(SkipReason reason) {
    return put("skipped", true).put("skip_reason", reason.code());
  }

  private MetricLine store(String key, Object value) {
    if (!isValidKey(key)) {
      return reject("bad metric key");
    }
    if (values.containsKey(key) || values.size() < MAX_STORED || PRIORITY.contains(key)) {
      values.put(key, value);
      return this;
    }
    return reject("too many metric keys");
  }

  private MetricLine reject(String why) {
    rejected++;
    if (strict) {
      throw new IllegalArgumentException(why);
    }
    return this;
  }

  /** The ordered, read-only view to serialise: priority keys first, then insertion order, at most 20 keys. */
  public Map<String, Object> asMap() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : PRIORITY) {
      Object v = values.get(key);
      if (v != null && ordered.size() < MAX_KEYS) {
        ordered.put(key, v);
      }
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (ordered.size() >= MAX_KEYS) {
        break;
      }
      ordered.putIfAbsent(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(ordered);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** How many keys or values were refused: invalid ones plus the keys cut by the 20-key cap (for the debug log). */
  public int droppedKeys() {
    return rejected + Math.max(0, values.size() - MAX_KEYS);
  }

  /** True when {@code key} is a legal metric name. */
  public static boolean isValidKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }
}

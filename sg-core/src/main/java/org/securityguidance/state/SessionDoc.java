package org.securityguidance.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed operations on the session state document (spec §5.2). The document stays a plain JSON map so keys written by
 * other versions survive every save; each accessor repairs a wrongly typed value instead of throwing.
 */
public final class SessionDoc {
  public static final String SHOWN_WARNINGS = "shown_warnings";
  public static final String PENDING_WARNINGS = "pending_warnings";
  public static final String TOUCHED_PATHS = "touched_paths";
  public static final String BASELINE_SHA = "baseline_sha";
  public static final String HEAD_AT_CAPTURE = "head_at_capture";
  public static final String UNTRACKED_AT_BASELINE = "untracked_at_baseline";
  public static final String FIRE_COUNT = "stop_hook_fire_count";
  public static final String FIRE_COUNT_TS = "stop_hook_fire_count_ts";
  public static final String PREVIOUS_FINDINGS = "previous_findings";
  public static final String PREVIOUS_FINDINGS_TS = "previous_findings_ts";

  /** Newest touched paths kept (spec §9). */
  public static final int TOUCHED_PATHS_CAP = 200;

  private SessionDoc() {}

  /** A new document: {@code {"shown_warnings": []}}. */
  public static Map<String, Object> fresh() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(SHOWN_WARNINGS, new ArrayList<>());
    return doc;
  }

  /**
   * Normalises a parsed state file: an object is kept (with {@code shown_warnings} ensured), a legacy v1 top-level
   * list becomes {@code {"shown_warnings": list}}, anything else starts fresh.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> fromParsed(Object parsed) {
    if (parsed instanceof Map<?, ?> map) {
      Map<String, Object> doc = (Map<String, Object>) map;
      stringList(doc, SHOWN_WARNINGS);
      return doc;
    }
    Map<String, Object> doc = fresh();
    if (parsed instanceof List<?> legacy) {
      doc.put(SHOWN_WARNINGS, new ArrayList<>(legacy));
      stringList(doc, SHOWN_WARNINGS);
    }
    return doc;
  }

  /** The mutable list of strings at {@code key}, created (or repaired: non-strings dropped) as needed. */
  @SuppressWarnings("unchecked")
  public static List<Object> stringList(Map<String, Object> doc, String key) {
    Object value = doc.get(key);
    if (value instanceof List<?> list && allStrings(list)) {
      return (List<Object>) list;
    }
    List<Object> repaired = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object v : list) {
        if (v instanceof String) {
          repaired.add(v);
        }
      }
    }
    doc.put(key, repaired);
    return repaired;
  }

  private static boolean allStrings(List<?> list) {
    for (Object v : list) {
      if (!(v instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** The mutable object at {@code key}, created (or replaced when not an object) as needed. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> doc, String key) {
    if (doc.get(key) instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    doc.put(key, created);
    return created;
  }

  /** Records an edited path: de-duplicated, only the newest {@link #TOUCHED_PATHS_CAP} kept. */
  public static void touchPath(Map<String, Object> doc, String path) {
    List<Object> paths = stringList(doc, TOUCHED_PATHS);
    if (!paths.contains(path)) {
      paths.add(path);
    }
    while (paths.size() > TOUCHED_PATHS_CAP) {
      paths.remove(0);
    }
  }

  /** Adds {@code key} to {@code shown_warnings}; true when it was not there yet (the warning should be shown). */
  public static boolean claimWarning(Map<String, Object> doc, String key) {
    List<Object> shown = stringList(doc, SHOWN_WARNINGS);
    if (shown.contains(key)) {
      return false;
    }
    shown.add(key);
    return true;
  }

  /** Marks {@code "<path>:<rule>"} as pending for the Stop-time fixed/unresolved tally. */
  public static void addPending(Map<String, Object> doc, String key) {
    object(doc, PENDING_WARNINGS).put(key, Boolean.TRUE);
  }

  /** The string at {@code key}, or null when absent, empty or not a string. */
  public static String string(Map<String, Object> doc, String key) {
    return doc.get(key) instanceof String s && !s.isEmpty() ? s : null;
  }

  /** A number at {@code key}, or {@code fallback}. */
  public static double number(Map<String, Object> doc, String key, double fallback) {
    return doc.get(key) instanceof Number n ? n.doubleValue() : fallback;
  }
}

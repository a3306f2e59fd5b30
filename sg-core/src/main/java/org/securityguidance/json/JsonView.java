package org.securityguidance.json;

import java.util.List;
import java.util.Map;

/** Type-tolerant accessors over parsed JSON: a wrong type reads as absent instead of throwing. */
public final class JsonView {
  private JsonView() {}

  /** The string at {@code key}, or {@code ""} when absent or not a string. */
  public static String string(Map<String, Object> obj, String key) {
    return obj != null && obj.get(key) instanceof String s ? s : "";
  }

  /** The object at {@code key}, or an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> obj, String key) {
    return obj != null && obj.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The array at {@code key}, or an empty list. */
  @SuppressWarnings("unchecked")
  public static List<Object> array(Map<String, Object> obj, String key) {
    return obj != null && obj.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** JSON truthiness as the original read it: true, non-zero numbers and non-empty strings. */
  public static boolean truthy(Map<String, Object> obj, String key) {
    Object v = obj == null ? null : obj.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    return false;
  }

  /** A long at {@code key}, or {@code fallback}. */
  public static long number(Map<String, Object> obj, String key, long fallback) {
    return obj != null && obj.get(key) instanceof Number n ? n.longValue() : fallback;
  }
}

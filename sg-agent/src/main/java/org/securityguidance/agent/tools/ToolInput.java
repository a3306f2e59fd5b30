package org.securityguidance.agent.tools;

import java.util.Map;

/** Lenient, bounded reading of a tool call's JSON input; a wrong or missing required field throws {@link BadToolInput}. */
final class ToolInput {
  private static final int MAX_STRING = 4096;

  private final Map<String, Object> input;

  ToolInput(Map<String, Object> input) {
    this.input = input == null ? Map.of() : input;
  }

  /** The first present string among {@code keys}; throws when none is present or it is too long. */
  String requireString(String... keys) {
    String value = optionalString(keys);
    if (value.isEmpty()) {
      throw new BadToolInput("missing required string field '" + keys[0] + "'");
    }
    return value;
  }

  /** The first present string among {@code keys}, or {@code ""}. */
  String optionalString(String... keys) {
    for (String key : keys) {
      Object v = input.get(key);
      if (v == null) {
        continue;
      }
      if (!(v instanceof String s)) {
        throw new BadToolInput("field '" + key + "' must be a string");
      }
      if (s.length() > MAX_STRING) {
        throw new BadToolInput("field '" + key + "' is longer than " + MAX_STRING + " characters");
      }
      return s;
    }
    return "";
  }

  /** An integer (number or numeric string) clamped to {@code [min, max]}, or {@code fallback} when absent. */
  int optionalInt(int fallback, int min, int max, String... keys) {
    for (String key : keys) {
      Object v = input.get(key);
      if (v == null) {
        continue;
      }
      long n;
      if (v instanceof Number num) {
        n = num.longValue();
      } else if (v instanceof String s && s.strip().matches("-?[0-9]{1,18}")) {
        n = Long.parseLong(s.strip());
      } else {
        throw new BadToolInput("field '" + key + "' must be an integer");
      }
      return (int) Math.max(min, Math.min(max, n));
    }
    return fallback;
  }

  /** A boolean flag (true, or the string "true"); false when absent. */
  boolean flag(String... keys) {
    for (String key : keys) {
      Object v = input.get(key);
      if (v instanceof Boolean b) {
        return b;
      }
      if (v instanceof String s) {
        return s.equalsIgnoreCase("true");
      }
    }
    return false;
  }
}

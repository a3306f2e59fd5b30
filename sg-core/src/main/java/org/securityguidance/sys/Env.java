package org.securityguidance.sys;

import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment as an injected, immutable map, so every reader of configuration can be tested without
 * touching the real environment. Empty values count as unset everywhere (#1868: a stray {@code CLAUDE_CONFIG_DIR=}).
 */
public final class Env {
  private final Map<String, String> vars;

  public Env(Map<String, String> vars) {
    this.vars = Map.copyOf(vars);
  }

  /** The real process environment. */
  public static Env system() {
    return new Env(System.getenv());
  }

  /** The value, or {@code null} when unset or empty. */
  public String get(String name) {
    String v = vars.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** The value, or {@code fallback} when unset or empty. */
  public String get(String name, String fallback) {
    String v = get(name);
    return v == null ? fallback : v;
  }

  /** True only when the variable is exactly {@code 0}: the original's {@code ENABLE_*} "off" semantics. */
  public boolean isExactlyZero(String name) {
    String v = vars.get(name);
    return v != null && v.trim().equals("0");
  }

  /** True when the trimmed, lower-cased value is one of 1/true/yes/on. */
  public boolean isTruthy(String name) {
    String v = get(name);
    if (v == null) {
      return false;
    }
    String s = v.trim().toLowerCase(java.util.Locale.ROOT);
    return s.equals("1") || s.equals("true") || s.equals("yes") || s.equals("on");
  }

  /** A non-negative integer, or {@code fallback} for unset, malformed or out-of-range values (never throws). */
  public int intValue(String name, int fallback) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(v.trim());
      return parsed < 0 ? fallback : parsed;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The user's home: {@code HOME}, then {@code USERPROFILE}, then {@code user.home}. */
  public Path home() {
    String h = get("HOME");
    if (h == null) {
      h = get("USERPROFILE");
    }
    return Path.of(h != null ? h : System.getProperty("user.home", "."));
  }

  /** Expands a leading {@code ~} or {@code ~/} against {@link #home()}. */
  public Path expandHome(String path) {
    if (path.equals("~")) {
      return home();
    }
    if (path.startsWith("~/") || path.startsWith("~\\")) {
      return home().resolve(path.substring(2));
    }
    return Path.of(path);
  }

  /** The raw map (for handing to child processes). */
  public Map<String, String> asMap() {
    return vars;
  }
}

package org.securityguidance.rules.user;

/** Makes user-controlled names safe for a one-line debug log entry. */
final class Sanitize {
  private Sanitize() {}

  /** Replaces control and line-separator characters with {@code ?} so a value cannot forge extra log lines. */
  static String forLog(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      out.append(unsafe ? '?' : c);
    }
    return out.toString();
  }
}

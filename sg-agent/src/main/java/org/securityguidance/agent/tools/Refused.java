package org.securityguidance.agent.tools;

import org.securityguidance.agent.sandbox.Refusal;

/** The error text for a refused path: the model's own path text (clipped) and the reason, never file content. */
final class Refused {
  private static final int SHOWN_PATH_CHARS = 200;

  private Refused() {}

  static ToolResult result(String userPath, Refusal refusal, ToolCounters counters) {
    counters.refused();
    return ToolResult.error("Refused '" + shown(userPath) + "': " + refusal.message()
        + " [code " + refusal.code() + "]");
  }

  static String shown(String userPath) {
    String p = userPath == null ? "" : userPath;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < p.length() && out.length() < SHOWN_PATH_CHARS; i++) {
      char c = p.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return p.length() > SHOWN_PATH_CHARS ? out + "…" : out.toString();
  }
}

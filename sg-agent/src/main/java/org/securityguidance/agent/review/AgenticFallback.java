package org.securityguidance.agent.review;

/**
 * Why the single-shot review stood in for the agentic one ({@code agentic_fallback}, spec llm-review §6.5): the
 * agentic reviewer could not start (the original's "SDK import failed"; here: no tools or no CLI), or it failed.
 */
public enum AgenticFallback {
  CANNOT_START(1),
  FAILED(2);

  private final int code;

  AgenticFallback(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

package org.securityguidance.agent.review;

/** Which review produced a commit review's result ({@code race_winner}, spec llm-review §6.4). Append-only. */
public enum RaceWinner {
  AGENTIC(1),
  FALLBACK(2);

  private final int code;

  RaceWinner(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

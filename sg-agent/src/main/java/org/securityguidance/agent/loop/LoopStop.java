package org.securityguidance.agent.loop;

/** Why the investigation part of a tool-use conversation ended; {@link #code()} is the telemetry number. Append-only. */
public enum LoopStop {
  /** The model finished on its own. */
  END_TURN(1),
  /** The turn budget left only the report request. */
  MAX_TURNS(2),
  /** Another investigation request would not have left tokens for the report. */
  TOKEN_BUDGET(3),
  /** Too little time was left for another investigation request. */
  DEADLINE(4),
  /** The model hit {@code max_tokens} in an investigation request. */
  OUTPUT_LIMIT(5),
  /** The thread was interrupted (the other reviewer of the race won). */
  INTERRUPTED(6),
  /** A model request failed after the client's own retries. */
  FAILED(7);

  private final int code;

  LoopStop(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

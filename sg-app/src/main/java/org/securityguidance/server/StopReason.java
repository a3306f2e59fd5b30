package org.securityguidance.server;

/** Why a hook server stopped (debug log; the codes are stable). */
public enum StopReason {
  IDLE(1),
  LIFETIME(2),
  JAR_CHANGED(3),
  PORT_FILE_LOST(4),
  ANOTHER_SERVER(5),
  START_FAILED(6),
  STOPPED(7),
  SUPERSEDED(8);

  private final int code;

  StopReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

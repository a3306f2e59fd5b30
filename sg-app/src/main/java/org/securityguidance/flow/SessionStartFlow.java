package org.securityguidance.flow;

import org.securityguidance.hook.HookOutput;

/**
 * SessionStart: for now one metrics line carrying {@code pv}, so Claude Code's async-hook registry records which
 * version runs. The launcher has already printed the async marker before the JVM started (the bootstrap work that
 * belongs here is a separate issue).
 */
public final class SessionStartFlow {
  private SessionStartFlow() {}

  public static int run(HookOutput out) {
    out.emit(out.metrics());
    return 0;
  }
}

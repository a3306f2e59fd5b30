package org.securityguidance.agent.loop;

/** The outcome of a conversation: the model's final answer text ({@code null} when it gave none) and its stats. */
public record LoopResult(String answer, LoopStats stats) {
  public boolean answered() {
    return answer != null;
  }
}

package org.securityguidance.agent.tools;

/** The text returned to the model for one tool call; {@code error} marks a refusal or failure. */
public record ToolResult(String text, boolean error) {
  public static ToolResult ok(String text) {
    return new ToolResult(text, false);
  }

  public static ToolResult error(String reason) {
    return new ToolResult(reason, true);
  }
}

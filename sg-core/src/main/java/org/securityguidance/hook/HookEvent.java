package org.securityguidance.hook;

import java.util.Set;

/**
 * The hook events this plugin registers, named in argv by hooks.json ({@code hook edit}) so the entry point can pick
 * its path before reading stdin. Each knows the {@code hook_event_name} (and tools) its stdin must carry.
 */
public enum HookEvent {
  SESSION_START("session-start", "SessionStart", Set.of()),
  PROMPT("prompt", "UserPromptSubmit", Set.of()),
  EDIT("edit", "PostToolUse", Set.of("Edit", "Write", "MultiEdit", "NotebookEdit")),
  BASH("bash", "PostToolUse", Set.of("Bash")),
  STOP("stop", "Stop", Set.of());

  private final String argName;
  private final String wireName;
  private final Set<String> tools;

  HookEvent(String argName, String wireName, Set<String> tools) {
    this.argName = argName;
    this.wireName = wireName;
    this.tools = tools;
  }

  /** The argv name ({@code edit}). */
  public String argName() {
    return argName;
  }

  /** Claude Code's {@code hook_event_name} ({@code PostToolUse}). */
  public String wireName() {
    return wireName;
  }

  /**
   * Stdin members this event's path never reads, so the reader skips them without building values (ADR 0008): an
   * Edit/Write's {@code tool_response} repeats the whole file content (spec §2.1) and is never read. Bash reads its
   * {@code stdout}/{@code stderr}, so it keeps everything.
   */
  public Set<String> unreadInputKeys() {
    return this == EDIT ? Set.of("tool_response") : Set.of();
  }

  /** The event named by argv, or null. */
  public static HookEvent fromArg(String arg) {
    for (HookEvent e : values()) {
      if (e.argName.equals(arg)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether stdin agrees with argv. An absent {@code hook_event_name} is accepted (argv already decided); a present
   * one must match, and tool events must name one of their tools.
   */
  public boolean accepts(String hookEventName, String toolName) {
    if (!hookEventName.isEmpty() && !hookEventName.equals(wireName)) {
      return false;
    }
    return tools.isEmpty() || tools.contains(toolName);
  }
}

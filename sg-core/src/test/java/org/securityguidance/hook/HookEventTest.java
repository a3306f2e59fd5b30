package org.securityguidance.hook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HookEventTest {
  @Test
  void argvNamesMapToEvents() {
    assertThat(HookEvent.fromArg("edit")).isEqualTo(HookEvent.EDIT);
    assertThat(HookEvent.fromArg("session-start")).isEqualTo(HookEvent.SESSION_START);
    assertThat(HookEvent.fromArg("commit")).isNull();
  }

  @Test
  void stdinMustAgreeWithArgv() {
    assertThat(HookEvent.EDIT.accepts("PostToolUse", "Write")).isTrue();
    assertThat(HookEvent.EDIT.accepts("", "NotebookEdit")).isTrue();
    assertThat(HookEvent.EDIT.accepts("PostToolUse", "Bash")).isFalse();
    assertThat(HookEvent.EDIT.accepts("PreToolUse", "Write")).isFalse();
    assertThat(HookEvent.BASH.accepts("PostToolUse", "Bash")).isTrue();
    assertThat(HookEvent.STOP.accepts("Stop", "")).isTrue();
    assertThat(HookEvent.STOP.accepts("SubagentStop", "")).isFalse();
    assertThat(HookEvent.PROMPT.accepts("UserPromptSubmit", "")).isTrue();
  }
}

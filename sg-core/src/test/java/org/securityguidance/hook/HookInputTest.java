package org.securityguidance.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HookInputTest {
  private static HookInput read(String json) throws HookInputException {
    return HookInput.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1 << 20);
  }

  @Test
  void readsTheFieldsEveryPathUses() throws Exception {
    HookInput in = read("{\"hook_event_name\":\"PostToolUse\",\"session_id\":\"s1\",\"cwd\":\"/r\","
        + "\"tool_name\":\"Bash\",\"tool_use_id\":\"t1\",\"tool_input\":{\"command\":\"ls\"},"
        + "\"tool_response\":{\"stdout\":\"x\"},\"stop_hook_active\":true}");
    assertThat(in.hookEventName()).isEqualTo("PostToolUse");
    assertThat(in.sessionId()).isEqualTo("s1");
    assertThat(in.cwd()).isEqualTo("/r");
    assertThat(in.toolName()).isEqualTo("Bash");
    assertThat(in.toolUseId()).isEqualTo("t1");
    assertThat(in.stopHookActive()).isTrue();
    assertThat(in.toolInput()).containsEntry("command", "ls");
    assertThat(in.toolResponse()).containsEntry("stdout", "x");
  }

  @Test
  void wrongTypesReadAsEmpty() throws Exception {
    HookInput in = read("{\"session_id\":7,\"cwd\":null,\"tool_input\":[1],\"stop_hook_active\":\"\"}");
    assertThat(in.sessionId()).isEmpty();
    assertThat(in.cwd()).isEmpty();
    assertThat(in.toolInput()).isEmpty();
    assertThat(in.stopHookActive()).isFalse();
  }

  @Test
  void nonAsciiSurvivesAndAByteOrderMarkIsIgnored() throws Exception {
    assertThat(read("\uFEFF{\"cwd\":\"/r/\u00c1vila\"}").cwd()).isEqualTo("/r/\u00c1vila");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "", "{\"a\":1} x", "{\"a\":"})
  void malformedInputIsReported(String text) {
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(HookInputException.class,
        e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.MALFORMED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "42", "\"s\"", "null"})
  void nonObjectsAreRejected(String text) {
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(HookInputException.class,
        e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.NOT_AN_OBJECT));
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThatThrownBy(() -> HookInput.read(new ByteArrayInputStream(bytes), 100))
        .isInstanceOfSatisfying(HookInputException.class,
            e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.MALFORMED));
  }

  @Test
  void oversizedInputStopsReadingAtTheCap() {
    byte[] big = new byte[5000];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatThrownBy(() -> HookInput.read(new ByteArrayInputStream(big), 4096))
        .isInstanceOfSatisfying(HookInputException.class,
            e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.TOO_LARGE));
  }

  @Test
  void anUnreadableStreamIsReported() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("boom");
      }
    };
    assertThatThrownBy(() -> HookInput.read(broken, 100)).isInstanceOfSatisfying(HookInputException.class,
        e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.UNREADABLE));
  }

  @Test
  void theEditPathSkipsToolResponseButStillRejectsItWhenMalformed() throws Exception {
    String good = "{\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Write\","
        + "\"tool_input\":{\"file_path\":\"a.py\",\"content\":\"x\"},"
        + "\"tool_response\":{\"content\":\"x\",\"filePath\":\"a.py\"}}";
    HookInput in = HookInput.fromJson(good, HookEvent.EDIT.unreadInputKeys());
    assertThat(in.toolInput()).containsEntry("content", "x");
    assertThat(in.toolResponse()).isEmpty();
    assertThat(HookInput.fromJson(good, HookEvent.BASH.unreadInputKeys()).toolResponse()).containsEntry("content", "x");
    String bad = good.replace("\"filePath\":", "\"filePath\" ");
    assertThatThrownBy(() -> HookInput.fromJson(bad, HookEvent.EDIT.unreadInputKeys()))
        .isInstanceOfSatisfying(HookInputException.class,
            e -> assertThat(e.reason()).isEqualTo(HookInputException.Reason.MALFORMED));
  }
}

package org.securityguidance.it.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar as a hook process: stdout carries only the protocol line, stderr stays quiet, exit is 0. */
class HookProcessTest {
  @TempDir Path tmp;

  private Map<String, String> env(String... extra) {
    java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", tmp.resolve("home").toString(),
        "SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString()));
    for (int i = 0; i < extra.length; i += 2) {
      env.put(extra[i], extra[i + 1]);
    }
    return env;
  }

  @Test
  void badStdinIsOneSkipLine() throws Exception {
    HookProcess.Result r = HookProcess.run("prompt", "not json", env());
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).matches("\\{\"metrics\":\\{\"pv\":\\d+,\"skipped\":true,\"skip_reason\":-2}}\n");
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void killSwitchDoesNotWaitForStdin() throws Exception {
    Process p = HookProcess.start("stop", "", env("SECURITY_GUIDANCE_DISABLE", "1"));
    HookProcess.Result r = HookProcess.finish(p);
    assertThat(r.stdout()).matches("\\{\"metrics\":\\{\"pv\":\\d+,\"skipped\":true,\"skip_reason\":-1}}\n");
  }

  @Test
  void unrelatedBashCommandIsSilentAndLeavesNoState() throws Exception {
    HookProcess.Result r = HookProcess.run("bash", "{\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Bash\","
        + "\"session_id\":\"s\",\"cwd\":\"" + tmp + "\",\"tool_input\":{\"command\":\"ls -la\"}}", env());
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEmpty();
    assertThat(tmp.resolve("state")).doesNotExist();
  }

  @Test
  void theDebugLogRecordsTheReasonNotTheContent() throws Exception {
    HookProcess.run("edit", "{\"session_id\":\"s\",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Write\","
        + "\"tool_input\":{\"file_path\":\"/p/a.py\",\"content\":\"SECRET_TOKEN_VALUE = eval(x)\"}}", env());
    String log = HookProcess.read(tmp.resolve("state/log.txt"));
    assertThat(log).contains("hook edit called").contains("/p/a.py").contains("eval_injection")
        .doesNotContain("SECRET_TOKEN_VALUE");
  }
}

package org.securityguidance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.config.Settings;
import org.securityguidance.sys.Env;

/** Relative path knobs mean "relative to the hook's directory", as for a fresh JVM started there. */
class RequestEnvTest {
  @Test
  void relativePathKnobsResolveAgainstTheRequestDirectory() {
    Env env = RequestEnv.of(Map.of("SECURITY_WARNINGS_STATE_DIR", "state", "SECURITY_GUIDANCE_DEBUG_LOG", "logs/l.txt",
        "CLAUDE_PROJECT_DIR", "../proj", "HOME", "/home/u", "SG_DISABLE_RULES", "a,b"), Path.of("/work/repo"));
    Settings s = Settings.from(env);
    assertThat(s.stateDir()).isEqualTo(Path.of("/work/repo/state"));
    assertThat(s.debugLog()).isEqualTo(Path.of("/work/repo/logs/l.txt"));
    assertThat(s.projectDir()).isEqualTo(Path.of("/work/repo/../proj"));
    assertThat(s.home()).isEqualTo(Path.of("/home/u"));
    assertThat(s.disabledRules()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void tildeAndAbsoluteValuesAreLeftAlone() {
    Env env = RequestEnv.of(Map.of("HOME", "/h", "CLAUDE_CONFIG_DIR", "~/cfg", "SECURITY_GUIDANCE_DEBUG_LOG", "/l"),
        Path.of("/w"));
    assertThat(Settings.from(env).stateDir()).isEqualTo(Path.of("/h/cfg/security"));
    assertThat(Settings.from(env).debugLog()).isEqualTo(Path.of("/l"));
  }

  @Test
  void nothingButTheSentVariables() {
    assertThat(RequestEnv.of(Map.of("A", "1"), Path.of("/w")).asMap()).isEqualTo(Map.of("A", "1"));
  }
}

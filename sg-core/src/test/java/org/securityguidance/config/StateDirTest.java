package org.securityguidance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.sys.Env;

class StateDirTest {
  private static Path resolve(String... pairs) {
    Map<String, String> vars = new HashMap<>(Map.of("HOME", "/home/u"));
    for (int i = 0; i < pairs.length; i += 2) {
      vars.put(pairs[i], pairs[i + 1]);
    }
    return StateDir.resolve(new Env(vars));
  }

  @Test
  void explicitDirWinsAndExpandsTilde() {
    assertThat(resolve("SECURITY_WARNINGS_STATE_DIR", "~/sd", "CLAUDE_CONFIG_DIR", "/x/cfg"))
        .isEqualTo(Path.of("/home/u/sd"));
  }

  @Test
  void configDirGetsASecuritySubdirectory() {
    assertThat(resolve("CLAUDE_CONFIG_DIR", "/x/cfg")).isEqualTo(Path.of("/x/cfg/security"));
  }

  @Test
  void emptyValuesCountAsUnset() {
    assertThat(resolve("CLAUDE_CONFIG_DIR", "", "SECURITY_WARNINGS_STATE_DIR", ""))
        .isEqualTo(Path.of("/home/u/.claude/security"));
  }
}

package org.securityguidance.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {
  @Test
  void emptyValuesCountAsUnset() {
    Env env = new Env(Map.of("CLAUDE_CONFIG_DIR", "", "A", "x"));
    assertThat(env.get("CLAUDE_CONFIG_DIR")).isNull();
    assertThat(env.get("CLAUDE_CONFIG_DIR", "d")).isEqualTo("d");
    assertThat(env.get("A")).isEqualTo("x");
  }

  @Test
  void truthyAcceptsTheOriginalsSpellingsOnly() {
    for (String v : new String[] {"1", "true", " YES ", "On"}) {
      assertThat(new Env(Map.of("K", v)).isTruthy("K")).as(v).isTrue();
    }
    for (String v : new String[] {"0", "no", "", "enabled"}) {
      assertThat(new Env(Map.of("K", v)).isTruthy("K")).as(v).isFalse();
    }
  }

  @Test
  void exactlyZeroIsTheOnlyOffValueOfEnableSwitches() {
    assertThat(new Env(Map.of("E", "0")).isExactlyZero("E")).isTrue();
    assertThat(new Env(Map.of("E", "false")).isExactlyZero("E")).isFalse();
    assertThat(new Env(Map.of("E", "")).isExactlyZero("E")).isFalse();
    assertThat(new Env(Map.of()).isExactlyZero("E")).isFalse();
  }

  @Test
  void malformedIntegersFallBackToTheDefault() {
    Env env = new Env(Map.of("N", "abc", "M", "-3", "O", " 12 "));
    assertThat(env.intValue("N", 30)).isEqualTo(30);
    assertThat(env.intValue("M", 30)).isEqualTo(30);
    assertThat(env.intValue("O", 30)).isEqualTo(12);
    assertThat(env.intValue("missing", 7)).isEqualTo(7);
  }

  @Test
  void homeHonoursHomeAndExpandsTilde() {
    Env env = new Env(Map.of("HOME", "/tmp/h"));
    assertThat(env.home()).isEqualTo(Path.of("/tmp/h"));
    assertThat(env.expandHome("~/sd")).isEqualTo(Path.of("/tmp/h/sd"));
    assertThat(env.expandHome("/abs")).isEqualTo(Path.of("/abs"));
  }
}

package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.sys.Env;

/** Every command listed in the main help answers {@code --help} with its own usage, exit 0, and does nothing else. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"scan", "rules", "review", "usage", "hook", "jvm-cache", "doctor", "telemetry", "bootstrap",
      "train"})
  void everyListedCommandHasItsOwnHelp(String command) {
    assertThat(Usage.MAIN).contains("  " + command + " ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {command, "--help"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new Env(Map.of()));

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(text).startsWith("Usage: security-guidance " + command);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}

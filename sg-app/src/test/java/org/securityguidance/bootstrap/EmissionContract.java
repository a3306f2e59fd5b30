package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.securityguidance.json.Json;

/** Spec §5 D17–19: the checks every SessionStart line must pass, whatever the scenario. */
final class EmissionContract {
  private EmissionContract() {}

  /** Asserts the contract on one hook's stdout and returns its metrics object. */
  static Map<String, Object> check(String stdout) {
    assertThat(stdout).endsWith("\n");
    assertThat(stdout.substring(0, stdout.length() - 1)).as("one line").doesNotContain("\n", "\r");
    Map<String, Object> line = Json.parseObject(stdout);
    assertThat(line).containsOnlyKeys("metrics");
    Map<String, Object> m = BootHarness.metricsOf(stdout);
    assertThat(m.size()).isLessThanOrEqualTo(20);
    assertThat(m).containsKey("pv").containsKey("boot");
    m.forEach((k, v) -> {
      assertThat(k).matches("[a-z][a-z0-9_]{0,39}");
      assertThat(v).as(k).isInstanceOfAny(Boolean.class, Long.class);
    });
    if (m.containsKey("boot_phase")) {
      assertThat(m.get("boot_phase")).isNotEqualTo(0L);
      assertThat(m).containsKey("boot_err");
    }
    long boot = (Long) m.get("boot");
    assertThat(boot).isNotEqualTo(4L);
    assertThat(m.containsKey("boot_phase")).as("phase exactly on failures").isEqualTo(boot == 3 || boot == 6
        || boot == 10);
    if (boot == 7 || boot == 8) {
      assertThat(m).containsKey("boot_has_javac");
    }
    for (String detail : new String[] {"boot_stderr_sig", "boot_exc", "boot_errno", "boot_rc"}) {
      assertThat(m.get(detail)).as(detail + " absent when 0").isNotEqualTo(0L);
    }
    return m;
  }
}

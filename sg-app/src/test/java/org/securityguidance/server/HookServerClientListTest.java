package org.securityguidance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securityguidance.config.EnvVar;

/**
 * The bash client sends a fixed list of variables and nothing else: it must name every knob the hook reads
 * ({@link EnvVar}, which the README table is tested against) plus the few process basics the hook and git use.
 */
class HookServerClientListTest {
  /** Not knobs of ours: the home lookup ({@code Env.home}) and what the baseline {@code git show} child reads. */
  private static final Set<String> PROCESS_BASICS = Set.of("HOME", "USERPROFILE", "PATH", "TMPDIR", "XDG_CONFIG_HOME",
      "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM");
  private static final Path ROOT = Path.of(System.getProperty("sg.root.dir", ".."));

  @Test
  void theClientSendsExactlyEveryHookKnobPlusProcessBasics() throws IOException {
    String script = Files.readString(ROOT.resolve("hooks/sg-java-server.sh"));
    Matcher m = Pattern.compile("(?s)SG_SERVER_VARS='([^']{1,4000})'").matcher(script);
    assertThat(m.find()).as("SG_SERVER_VARS in hooks/sg-java-server.sh").isTrue();
    Set<String> sent = new TreeSet<>(Arrays.asList(m.group(1).trim().split("\\s+")));
    Set<String> expected = new TreeSet<>(PROCESS_BASICS);
    for (EnvVar v : EnvVar.values()) {
      expected.add(v.name());
    }
    assertThat(sent).isEqualTo(expected);
  }

  @Test
  void theServerKnobsAreDocumented() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("`SG_HOOK_SERVER`").contains("`SG_HOOK_SERVER_IDLE`");
  }
}

package org.securityguidance.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the product reads — in any module's Java sources or in the launcher scripts — has a
 * row in README.md's configuration table, so "every knob is listed in one README table" cannot rot.
 */
class KnobsDocumentedTest {
  /** Names that look like our knobs: the original's families plus our SG_ prefix. */
  private static final Pattern JAVA_KNOB = Pattern.compile(
      "\"((?:SG|ENABLE|SECURITY|ANTHROPIC|MAX|DIFF|PREVIOUS|COMMIT_REVIEW|CLAUDE_CODE|CLAUDE_CONFIG|CLAUDE_PROJECT)"
          + "_[A-Z0-9_]+)\"");

  /** Launcher variables a user can set (read with a default expansion, never assigned by the script itself). */
  private static final Pattern SCRIPT_KNOB = Pattern.compile("\\$\\{(SG_[A-Z0-9_]+)[:-]");

  @Test
  void everyKnobReadAnywhereHasAReadmeRow() throws IOException {
    Path root = Path.of(System.getProperty("sg.root.dir", "..")).toAbsolutePath().normalize();
    Set<String> knobs = new TreeSet<>();
    for (String module : List.of("sg-core", "sg-review", "sg-agent", "sg-app")) {
      collect(root.resolve(module).resolve("src/main/java"), ".java", JAVA_KNOB, knobs);
    }
    collect(root.resolve("hooks"), ".sh", SCRIPT_KNOB, knobs);
    assertThat(knobs).as("knobs found").isNotEmpty();
    String readme = Files.readString(root.resolve("README.md"));
    List<String> missing = knobs.stream().filter(k -> !readme.contains("`" + k + "`")).toList();
    assertThat(missing).as("env vars read by the code but missing from README.md's table").isEmpty();
  }

  private static void collect(Path dir, String suffix, Pattern pattern, Set<String> into) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(f));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }
}

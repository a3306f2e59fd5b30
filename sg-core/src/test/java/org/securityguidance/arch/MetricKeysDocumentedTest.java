package org.securityguidance.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Every metric key the product can emit — a {@code put("key", …)} in a Java file that builds a {@code MetricLine} or a
 * {@code Map<String, Long>} of metrics, or a {@code "key":} in the launcher's bash — is named in docs/telemetry.md,
 * so a new key cannot ship undocumented.
 */
class MetricKeysDocumentedTest {
  /** {@code put("key"} on a MetricLine or metrics map, {@code note("key"} on a commit/push line. */
  private static final Pattern JAVA_PUT = Pattern.compile("\\b(?:put|note)\\(\"([a-z][a-z0-9_]{0,39})\"");
  /** The metrics object of a recorded hook output (the golden files are real runs of every hook path). */
  private static final Pattern GOLDEN_METRICS = Pattern.compile("\"metrics\":\\{([^}]{0,4000})}");
  private static final Pattern SCRIPT_KEY = Pattern.compile("\"([a-z][a-z0-9_]{0,39})\":");

  private static Path root() {
    return Path.of(System.getProperty("sg.root.dir", "..")).toAbsolutePath().normalize();
  }

  static Set<String> emittedKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String module : List.of("sg-core", "sg-review", "sg-agent", "sg-app")) {
      for (Path f : files(root().resolve(module).resolve("src/main/java"), ".java")) {
        String text = Files.readString(f);
        String unix = f.toString().replace('\\', '/');
        // HookOutput writes the line's envelope; diagnose only reads metrics back (its puts are report fields).
        boolean reader = unix.endsWith("hook/HookOutput.java") || unix.contains("/diagnose/");
        boolean producer = text.contains("MetricLine") || text.contains("Map<String, Long>")
            || text.contains("BashLine");
        if (!reader && producer) {
          collect(JAVA_PUT, text, keys);
        }
      }
    }
    for (Path f : files(root().resolve("plugin"), ".sh")) {
      collect(SCRIPT_KEY, Files.readString(f), keys);
    }
    // Keys passed through a variable (BashLine's surface keys) are caught by the recorded outputs.
    for (Path f : files(root().resolve("sg-app/src/test/resources/golden"), "")) {
      Matcher m = GOLDEN_METRICS.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        collect(SCRIPT_KEY, m.group(1), keys);
      }
    }
    return keys;
  }

  @Test
  void everyEmittedMetricKeyIsDocumented() throws IOException {
    Set<String> keys = emittedKeys();
    assertThat(keys).as("the scan finds the well-known keys").contains("pv", "skip_reason", "rule_mask",
        "pattern_hits", "api_error", "rate_count", "commit_review", "boot_err");
    String doc = Files.readString(root().resolve("docs/telemetry.md"));
    List<String> missing = keys.stream().filter(k -> !doc.contains("`" + k + "`")).toList();
    assertThat(missing).as("metric keys missing from docs/telemetry.md (as `key`)").isEmpty();
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}

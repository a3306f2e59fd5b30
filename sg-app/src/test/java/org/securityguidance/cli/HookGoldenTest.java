package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.telemetry.MetricLine;

/**
 * Golden protocol tests: every byte a hook prints, per event and case, under {@code src/test/resources/golden/hook}.
 * Regenerate with {@code -Dsg.golden.update=true} and review the diff; never edit outputs by hand.
 */
class HookGoldenTest {
  static final Path ROOT = Path.of(System.getProperty("sg.root.dir", ".."))
      .resolve("sg-app/src/test/resources/golden/hook");
  private static final boolean UPDATE = Boolean.getBoolean("sg.golden.update");

  @TempDir Path tmp;

  static List<HookGolden> cases() throws IOException {
    List<HookGolden> cases = new ArrayList<>();
    try (Stream<Path> events = Files.list(ROOT)) {
      for (Path eventDir : events.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(eventDir)) {
          files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".stdin.json")).sorted()
              .forEach(n -> cases.add(new HookGolden(eventDir.getFileName().toString(),
                  n.substring(0, n.length() - ".stdin.json".length()), eventDir)));
        }
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsGolden() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.event() + "/" + c.name(), () -> check(c)));
  }

  private void check(HookGolden c) throws IOException {
    Path root = Files.createDirectories(tmp.resolve(c.event() + "-" + c.name()));
    HookGolden.Result r = c.run(root);
    if (UPDATE) {
      Files.writeString(c.file(".stdout.json"), r.stdout());
      Files.writeString(c.file(".exit"), r.exit());
      if (Files.exists(c.file(".state-after.json"))) {
        Files.writeString(c.file(".state-after.json"), r.stateAfter());
      }
      if (Files.exists(c.file(".stderr.txt"))) {
        Files.writeString(c.file(".stderr.txt"), r.stderr());
      }
    }
    assertThat(r.stdout()).as("stdout").isEqualTo(Files.readString(c.file(".stdout.json")));
    assertThat(r.exit()).as("exit").isEqualTo(Files.readString(c.file(".exit")));
    if (Files.exists(c.file(".state-after.json"))) {
      assertThat(r.stateAfter()).as("state after").isEqualTo(Files.readString(c.file(".state-after.json")));
    }
    if (Files.exists(c.file(".stderr.txt"))) {
      assertThat(r.stderr()).as("stderr").isEqualTo(Files.readString(c.file(".stderr.txt")));
    }
    assertProtocolValid(r.stdout());
  }

  /** At most one line; if any, one JSON object whose metrics obey Claude Code's key and value rules. */
  static void assertProtocolValid(String stdout) {
    if (stdout.isEmpty()) {
      return;
    }
    assertThat(stdout).endsWith("\n");
    assertThat(stdout.substring(0, stdout.length() - 1)).doesNotContain("\n");
    assertThat(stdout.chars().allMatch(ch -> ch < 0x80)).as("ASCII only").isTrue();
    Object metrics = Json.parseObject(stdout).get("metrics");
    assertThat(metrics).isInstanceOf(java.util.Map.class);
    java.util.Map<?, ?> m = (java.util.Map<?, ?>) metrics;
    assertThat(m.size()).isLessThanOrEqualTo(MetricLine.MAX_KEYS);
    m.forEach((k, v) -> {
      assertThat(MetricLine.isValidKey((String) k)).as("key " + k).isTrue();
      assertThat(v).as("value of " + k).isInstanceOfAny(Boolean.class, Long.class, Double.class);
    });
  }

  @Test
  void everyGoldenFileBelongsToACompleteCase() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> all = Files.walk(ROOT)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String n = f.getFileName().toString();
        String suffix = Arrays.stream(HookGolden.SUFFIXES).filter(n::endsWith).findFirst().orElse(null);
        if (suffix == null) {
          problems.add("unknown golden file " + f);
        } else if (!Files.exists(f.resolveSibling(n.substring(0, n.length() - suffix.length()) + ".stdin.json"))) {
          problems.add("no .stdin.json for " + f);
        }
      }
    }
    for (HookGolden c : cases()) {
      for (String required : List.of(".stdout.json", ".exit")) {
        if (!Files.exists(c.file(required)) && !UPDATE) {
          problems.add("missing " + c.file(required));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void windowsAndGitBashSpellingsOfOnePathGiveIdenticalOutput() throws IOException {
    Path dir = ROOT.resolve("edit");
    assertThat(Files.readString(dir.resolve("windows_path.stdout.json")))
        .isNotEmpty()
        .isEqualTo(Files.readString(dir.resolve("gitbash_path.stdout.json")));
  }
}

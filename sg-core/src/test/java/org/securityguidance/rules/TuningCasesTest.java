package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Every labelled case of {@code shared/data/pattern-tuning.jsonl} (located by the system property {@code sg.shared.dir},
 * set by the parent pom) must produce exactly the expected set of rule names on the hook path.
 */
class TuningCasesTest {

  static Stream<Arguments> cases() throws IOException {
    String dir = System.getProperty("sg.shared.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property sg.shared.dir is not set (run through Maven)");
    }
    Path file = Path.of(dir, "data", "pattern-tuning.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("tuning data missing: " + file.toAbsolutePath());
    }
    List<Arguments> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> c = Json.parseObject(line);
      Set<String> expect = JsonView.array(c, "expect").stream().map(String::valueOf)
          .collect(Collectors.toCollection(TreeSet::new));
      out.add(Arguments.of(lineNo + ": " + JsonView.string(c, "why"), JsonView.string(c, "path"),
          JsonView.string(c, "content"), expect));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hookPathReportsExactlyTheExpectedRules(String label, String path, String content, Set<String> expect) {
    Set<String> available = RuleSet.builtin().rules().stream().map(Rule::name).collect(Collectors.toSet());
    for (String name : expect) {
      assumeTrue(available.contains(name), () -> name + " is not in the rule set yet (its detector has not landed)");
    }
    Set<String> got = RuleSet.builtin().firstMatches(path, content).stream().map(m -> m.rule().name())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(got).as(label).isEqualTo(expect);
  }
}

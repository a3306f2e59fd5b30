package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Every labelled tuning case ({@code shared/data/pattern-tuning.jsonl}): cases labelled {@code hardcoded_secret} must
 * hit, and every other case, whatever rule it is about, must not produce a secret (a cross-rule false-positive check).
 */
class TuningCasesTest {
  static Stream<Arguments> tuningCases() throws IOException {
    Path file = Path.of(System.getProperty("sg.shared.dir", "../../shared"), "data", "pattern-tuning.jsonl");
    List<Arguments> cases = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> json = Json.parseObject(line);
      boolean expectsSecret = JsonView.array(json, "expect").contains("hardcoded_secret");
      cases.add(Arguments.of(lineNo, JsonView.string(json, "path"), JsonView.string(json, "content"), expectsSecret));
    }
    assertThat(cases).as("tuning cases present").isNotEmpty();
    return cases.stream();
  }

  @ParameterizedTest(name = "line {0}: {1} expects secret={3}")
  @MethodSource("tuningCases")
  void tuningCaseOutcomeMatchesLabel(int lineNo, String path, String content, boolean expectsSecret) {
    List<SecretHit> hits = new SecretDetector().findSecrets(path, content);
    assertThat(!hits.isEmpty()).as("line %d (%s)", lineNo, path).isEqualTo(expectsSecret);
  }
}

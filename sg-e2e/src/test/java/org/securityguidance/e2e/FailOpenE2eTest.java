package org.securityguidance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;

/**
 * Scenario 4: the plugin never gets in the way. Disabled, it adds no text and makes no API call; with the API failing
 * (500, 429) or no Java runtime reachable, the session completes normally and the model sees no plugin text.
 */
@ExtendWith(ScenarioExtension.class)
class FailOpenE2eTest {
  /** A dangerous write (a pattern hit) and an LLM-only finding, so every hook has something to say. */
  private static void scriptRiskyTurn(Scenario s) {
    s.api().script(ModelTurn.write("toolu_w1", s.inRepo("web/show.js"), PatternReminderE2eTest.XSS),
        ModelTurn.write("toolu_w2", s.inRepo(Fixtures.REPORT_PATH), Fixtures.REPORT_PY),
        ModelTurn.say("Both files are written."));
    s.api().reviewer().singleShotFinds(Fixtures.sqlFinding());
  }

  private static void assertUntouchedSession(Scenario s, Transcript run) {
    assertThat(run.completedNormally()).as("session result").isTrue();
    assertThat(run.results()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("result", "Both files are written."));
    assertThat(s.api().mainRequests()).as("main-loop requests").hasSize(3);
    assertThat(run.leftovers()).as("processes left behind").isZero();
    for (Map<String, Object> hook : run.lines().stream()
        .filter(l -> "hook_response".equals(l.get("subtype"))).toList()) {
      assertThat(hook).as("hook " + hook.get("hook_name")).containsEntry("exit_code", 0L);
    }
  }

  @Test
  void disabledAddsNoTextAndCallsNoApi(Scenario s) throws Exception {
    scriptRiskyTurn(s);
    Transcript run = s.session().env("SECURITY_GUIDANCE_DISABLE", "1").print("Write both files");

    assertUntouchedSession(s, run);
    assertThat(s.api().pluginRequests()).as("plugin requests").isEmpty();
    assertThat(RequestText.all(s.api().mainRequests())).doesNotContain(RequestText.PLUGIN_MARK);
  }

  @Test
  void anApiFailing500LeavesNoTraceForTheModel(Scenario s) throws Exception {
    assertApiOutageIsSilent(s, FakeReply.error(500, "api_error"));
  }

  @Test
  void anApiRateLimiting429LeavesNoTraceForTheModel(Scenario s) throws Exception {
    assertApiOutageIsSilent(s, FakeReply.error(429, "rate_limit_error").withHeader("retry-after", "1"));
  }

  private static void assertApiOutageIsSilent(Scenario s, FakeReply outage) throws Exception {
    scriptRiskyTurn(s);
    s.api().reviewer().failWith(outage);
    Transcript run = s.session().print("Write both files");

    assertUntouchedSession(s, run);
    assertThat(s.api().pluginRequests()).as("plugin requests (the Stop review tried)").isNotEmpty();
    List<RecordedRequest> main = s.api().mainRequests();
    String seen = RequestText.of(main.get(main.size() - 1));
    assertThat(seen).doesNotContain("Security Review").doesNotContain(Fixtures.DELIVERED)
        .doesNotContain("Stop hook").doesNotContain("api_error").doesNotContain("rate_limit");
    // The pattern reminder is local and still arrives; nothing else from the plugin does.
    assertThat(seen.split(RequestText.PLUGIN_MARK, -1)).as("plugin texts in the whole conversation").hasSize(2);
    assertThat(seen).contains("[innerHTML_xss] web/show.js:2");
  }

  @Test
  void noReachableJavaLeavesTheSessionAlone(Scenario s) throws Exception {
    scriptRiskyTurn(s);
    Path bin = pathWithoutJava(s.workspace().root().resolve("bin-no-java"));
    Path emptyRoot = Files.createDirectories(s.workspace().root().resolve("empty-fs-root"));
    Transcript run = s.session().env("PATH", bin.toString()).env("JAVA_HOME", null)
        .env("SG_JAVA", "/nonexistent/bin/java").env("SG_TEST_FS_ROOT", emptyRoot.toString())
        .print("Write both files");

    assertUntouchedSession(s, run);
    assertThat(s.api().pluginRequests()).as("plugin requests").isEmpty();
    assertThat(run.hookResponses("PostToolUse")).hasSize(2)
        .allSatisfy(h -> assertThat(String.valueOf(h.get("stderr"))).startsWith("security-guidance: "));
    // The only plugin text is the bootstrap's one-time notice that it is off (spec §4.9); no reminder, no review.
    List<RecordedRequest> main = s.api().mainRequests();
    String seen = RequestText.of(main.get(main.size() - 1));
    assertThat(seen).contains("security-guidance is off for this session").doesNotContain("Security Warning")
        .doesNotContain("Security Review").doesNotContain("Stop hook");
  }

  /** A directory of links to every command on the machine's PATH except {@code java*}. */
  private static Path pathWithoutJava(Path bin) throws IOException {
    Files.createDirectories(bin);
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path d = Path.of(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> entries = Files.list(d)) {
        for (Path command : entries.toList()) {
          String name = command.getFileName().toString();
          if (!name.startsWith("java") && !Files.exists(bin.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(bin.resolve(name), command);
          }
        }
      }
    }
    assertThat(List.of(bin.resolve("bash"), bin.resolve("git"))).allMatch(Files::isExecutable);
    return bin;
  }
}

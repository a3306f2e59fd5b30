package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.server.RunningServer;
import org.securityguidance.server.TestClient;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;

/**
 * The warm hook server in front of the real hook: every golden edit case gives the same bytes, exit code and state
 * through the server as in a fresh run, and what a request depends on (user rules, relative paths) is read per
 * request.
 */
class HookServerGoldenTest {
  @TempDir static Path serverDir;
  @TempDir Path tmp;

  private static RunningServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = RunningServer.start(RunningServer.options(serverDir.resolve("state"), serverDir),
        new HookServerCommand.InProcessHook(), DebugLog.to(serverDir.resolve("server.log")));
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static int viaServer(String event, byte[] stdin, PrintStream out, PrintStream err, Env env, Path cwd)
      throws IOException {
    Optional<TestClient.Answer> a = TestClient.send(server.portFile(), cwd.toString(), env.asMap(), event, stdin);
    assertThat(a).as("the server answered").isPresent();
    out.write(a.get().stdout());
    return a.get().code();
  }

  @TestFactory
  Stream<DynamicTest> everyEditGoldenIsByteIdenticalThroughTheServer() throws IOException {
    List<HookGolden> edits = HookGoldenTest.cases().stream().filter(c -> c.event().equals("edit")).toList();
    assertThat(edits).hasSizeGreaterThan(20);
    return edits.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      HookGolden.Result direct = c.run(Files.createDirectories(tmp.resolve("direct-" + c.name())));
      HookGolden.Result served = c.run(Files.createDirectories(tmp.resolve("served-" + c.name())),
          HookServerGoldenTest::viaServer);
      assertThat(served.stdout()).isEqualTo(direct.stdout()).isEqualTo(Files.readString(c.file(".stdout.json")));
      assertThat(served.exit()).isEqualTo(direct.exit());
      assertThat(served.stateAfter()).isEqualTo(direct.stateAfter());
    }));
  }

  @Test
  void projectRulesEditedBetweenTwoRequestsAreReadAgain() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project/.claude")).getParent();
    Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString(),
        "SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    writeRule(project, "first-rule", "FIRST_MARKER");
    String first = edit(env, project, "s1", "x = FIRST_MARKER + SECOND_MARKER");
    assertThat(first).contains("first-rule").doesNotContain("second-rule");
    writeRule(project, "second-rule", "SECOND_MARKER");
    String second = edit(env, project, "s2", "x = FIRST_MARKER + SECOND_MARKER");
    assertThat(second).contains("second-rule").doesNotContain("first-rule");
  }

  @Test
  void relativeStateDirectoryIsRelativeToTheRequestDirectory() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString(),
        "SECURITY_WARNINGS_STATE_DIR", "rel-state");
    edit(env, project, "s3", "import pickle\npickle.loads(data)\n");
    try (Stream<Path> files = Files.list(project.resolve("rel-state"))) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("security_warnings_state_s3.json");
    }
  }

  private static void writeRule(Path project, String name, String marker) throws IOException {
    Files.writeString(project.resolve(".claude/security-patterns.json"), "{\"patterns\": [{\"rule_name\": \"" + name
        + "\", \"substrings\": [\"" + marker + "\"], \"reminder\": \"reminder of " + name + "\"}]}");
  }

  private static String edit(Map<String, String> env, Path project, String session, String text) throws IOException {
    String stdin = "{\"session_id\":\"" + session + "\",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Edit\","
        + "\"cwd\":\"" + project + "\",\"tool_input\":{\"file_path\":\"" + project + "/a.py\",\"new_string\":\""
        + text.replace("\n", "\\n") + "\"}}";
    Optional<TestClient.Answer> a = TestClient.send(server.portFile(), project.toString(), env, "edit",
        stdin.getBytes(StandardCharsets.UTF_8));
    assertThat(a).isPresent();
    return a.get().text();
  }
}

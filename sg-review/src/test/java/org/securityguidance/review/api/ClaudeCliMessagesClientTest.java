package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TestClients.LogSink;
import org.securityguidance.sys.Deadline;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/** The third-party path against a fake {@code claude} executable that records its argv, stdin and environment. */
class ClaudeCliMessagesClientTest {
  private static final String SCRIPT = """
      #!/bin/sh
      dir=$(dirname "$0")
      for a in "$@"; do printf '%s\\n---\\n' "$a"; done > "$dir/argv.txt"
      cat > "$dir/stdin.txt"
      printf 'token=[%s]\\nfallback=[%s]\\n' "$ANTHROPIC_AUTH_TOKEN" "$FALLBACK_FOR_ALL_PRIMARY_MODELS" > "$dir/env.txt"
      echo "progress note on stderr" >&2
      case "$FAKE_MODE" in
        ok) cat "$dir/reply.json" ;;
        fail) echo "fatal: provider said no" >&2; exit 3 ;;
        garbage) echo "this is not json" ;;
        error) echo '{"type":"result","subtype":"error_max_turns","is_error":true}' ;;
        refusal) echo '{"type":"result","subtype":"success","is_error":false,"stop_reason":"refusal"}' ;;
        hang) exec sleep 30 ;;
      esac
      """;

  @TempDir
  Path dir;
  private Path cli;
  private final LogSink log = new LogSink();

  @BeforeEach
  void install() throws IOException {
    cli = dir.resolve("claude");
    Files.writeString(cli, SCRIPT);
    Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
    Map<String, Object> reply = new java.util.LinkedHashMap<>();
    reply.put("type", "result");
    reply.put("subtype", "success");
    reply.put("is_error", false);
    reply.put("result", "done");
    reply.put("structured_output", Map.of("findings", List.of()));
    reply.put("total_cost_usd", 0.0421);
    reply.put("usage", Map.of("input_tokens", 300, "output_tokens", 40, "cache_read_input_tokens", 7));
    reply.put("modelUsage", Map.of("us.anthropic.claude-opus-5-5-v1:0", Map.of()));
    Files.writeString(dir.resolve("reply.json"), Json.write(reply));
  }

  private ClaudeCliMessagesClient client(String mode, Duration timeout, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(Map.of("FAKE_MODE", mode, "PATH", "/usr/bin:/bin"));
    env.putAll(extraEnv);
    return new ClaudeCliMessagesClient(ProcessRunner.local(), cli, env, timeout,
        Deadline.after(Clock.systemUTC(), Duration.ofMinutes(2)), log);
  }

  private static MessagesRequest request() {
    List<Map<String, Object>> blocks = List.of(Map.of("type", "text", "text", "RUBRIC-TEXT"),
        Map.of("type", "text", "text", "SECRET-DIFF-CONTENT"));
    return new MessagesRequest("opus", 16000, null, List.of(Map.of("role", "user", "content", blocks)),
        TestClients.SCHEMA, null);
  }

  @Test
  void oneHeadlessTurnWithPromptOnStdin() throws Exception {
    MessagesResponse r = client("ok", Duration.ofSeconds(20), Map.of()).send(request());

    assertThat(r.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(r.usage()).isEqualTo(new Usage(300, 40, 7, 0));
    assertThat(r.model()).isEqualTo("us.anthropic.claude-opus-5-5-v1:0");
    assertThat(r.reportedCostUsd()).isEqualTo(0.0421);
    List<String> argv = List.of(Files.readString(dir.resolve("argv.txt")).split("\n---\n", -1));
    assertThat(argv.subList(0, argv.size() - 1)).containsExactly("-p", "--output-format", "json", "--model", "opus",
        "--system-prompt", RequestBody.SUBSCRIPTION_SYSTEM_PROMPT, "--tools", "", "--strict-mcp-config",
        "--setting-sources", "", "--max-turns", "2", "--json-schema", Json.write(TestClients.SCHEMA));
    assertThat(String.join(" ", argv)).doesNotContain("SECRET-DIFF-CONTENT");
    assertThat(Files.readString(dir.resolve("stdin.txt"), StandardCharsets.UTF_8))
        .isEqualTo("RUBRIC-TEXT\n\nSECRET-DIFF-CONTENT");
    assertThat(log.all()).contains("cli stderr: progress note on stderr").doesNotContain("SECRET-DIFF-CONTENT");
  }

  @Test
  void apiKeyWinsOverTheTokenInTheChild() throws Exception {
    client("ok", Duration.ofSeconds(20), Map.of("ANTHROPIC_API_KEY", "k", "ANTHROPIC_AUTH_TOKEN", "t")).send(request());
    assertThat(Files.readString(dir.resolve("env.txt"))).isEqualTo("token=[]\nfallback=[1]\n");
    client("ok", Duration.ofSeconds(20), Map.of("ANTHROPIC_AUTH_TOKEN", "t")).send(request());
    assertThat(Files.readString(dir.resolve("env.txt"))).startsWith("token=[t]");
  }

  @Test
  void failuresAreTyped() {
    assertReason("fail", Reason.CLI_FAILED);
    assertThat(log.all()).contains("cli stderr: fatal: provider said no").contains("exit 3");
    assertReason("garbage", Reason.BAD_RESPONSE);
    assertReason("error", Reason.CLI_FAILED);
    assertReason("refusal", Reason.REFUSAL);
  }

  @Test
  void aHangingCliIsKilledAtTheTimeout() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> client("hang", Duration.ofMillis(700), Map.of()).send(request()))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aMissingBinaryIsACliFailure() throws IOException {
    Files.delete(cli);
    assertReason("ok", Reason.CLI_FAILED);
  }

  @Test
  void multiTurnOrToolRequestsAreRefusedUpFront() {
    MessagesRequest tools = new MessagesRequest("opus", 100, null, request().messages(), null,
        List.of(Map.of("name", "read")));
    assertThatThrownBy(() -> client("ok", Duration.ofSeconds(5), Map.of()).send(tools))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLIENT_ERROR));
    assertThat(dir.resolve("argv.txt")).doesNotExist();
  }

  @Test
  void locatorUsesOnlyAbsoluteFixedPaths() throws IOException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(".local/bin"));
    List<Path> candidates = ClaudeCliLocator.candidates(new Env(Map.of("HOME", home.toString(),
        "SG_AGENTIC_CLI_PATH", "relative/claude", "CLAUDE_CODE_EXECPATH", cli.toString())));
    assertThat(candidates).containsExactly(cli, home.resolve(".local/bin/claude"),
        Path.of("/root/.local/bin/claude"), Path.of("/opt/claude-code/bin/claude"));
    assertThat(ClaudeCliLocator.locate(candidates)).contains(cli);
    Path notExecutable = dir.resolve("plain");
    Files.writeString(notExecutable, "x");
    assertThat(ClaudeCliLocator.locate(List.of(notExecutable, dir))).isEmpty();
    assertThat(ClaudeCliLocator.candidates(new Env(Map.of("HOME", home.toString(), "SG_AGENTIC_CLI_PATH",
        cli.toString()))).get(0)).isEqualTo(cli);
  }

  private void assertReason(String mode, Reason reason) {
    assertThatThrownBy(() -> client(mode, Duration.ofSeconds(20), Map.of()).send(request()))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).as(mode).isEqualTo(reason));
  }
}

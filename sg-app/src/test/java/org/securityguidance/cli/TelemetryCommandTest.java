package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.sys.Env;

/** {@code telemetry} over a local metrics file written by real hook runs plus hand-made bootstrap lines. */
class TelemetryCommandTest {
  @TempDir Path tmp;

  private Env env(String... extra) {
    Map<String, String> vars = new HashMap<>(Map.of("HOME", tmp.toString(), "SECURITY_WARNINGS_STATE_DIR",
        state().toString()));
    for (int i = 0; i < extra.length; i += 2) {
      vars.put(extra[i], extra[i + 1]);
    }
    return new Env(vars);
  }

  private Path state() {
    return tmp.resolve("state");
  }

  private String hook(String event, Map<String, Object> stdin, Env env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc = Main.run(new String[] {"hook", event}, new ByteArrayInputStream(Json.write(stdin).getBytes(
        StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), env);
    assertThat(rc).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private void editWithEval(Env env) {
    hook("edit", Map.of("hook_event_name", "PostToolUse", "tool_name", "Write", "session_id", "s1", "cwd",
        tmp.toString(), "tool_input", Map.of("file_path", tmp.resolve("a.py").toString(), "content",
            "result = eval(user_input)\n")), env);
  }

  private Map<String, Object> telemetryJson(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "--json";
    System.arraycopy(args, 0, all, 1, args.length);
    assertThat(TelemetryCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), env(),
        Clock.fixed(Instant.now(), ZoneOffset.UTC))).isZero();
    return Json.parseObject(out.toString(StandardCharsets.UTF_8));
  }

  private static long count(List<Object> tally, String name) {
    for (Object o : tally) {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) o;
      if (name.equals(row.get("name"))) {
        return (Long) row.get("count");
      }
    }
    return 0;
  }

  @Test
  void realHookRunsAreRecordedAndSummarisedByHookAndRule() {
    editWithEval(env());
    editWithEval(env());
    hook("prompt", Map.of("hook_event_name", "UserPromptSubmit", "session_id", "s1", "cwd", tmp.toString(),
        "prompt", "hello"), env());
    hook("edit", Map.of("hook_event_name", "PostToolUse", "tool_name", "Write"), env("SECURITY_GUIDANCE_DISABLE",
        "1"));

    Map<String, Object> json = telemetryJson();

    assertThat(JsonView.object(json, "hooks")).containsEntry("PostToolUse", 3L);
    assertThat(JsonView.object(json, "writers")).containsOnlyKeys("jvm").containsEntry("jvm", json.get("lines"));
    assertThat(count(JsonView.array(json, "rule_hits"), "eval_injection")).isEqualTo(2);
    Map<String, Object> reviews = JsonView.object(json, "reviews");
    assertThat(count(JsonView.array(reviews, "skip_reasons"), "kill_switch")).isEqualTo(1);
    // The reminder is shown once per session (pattern_hits), while rule_mask records the match both times.
    assertThat(JsonView.object(json, "totals")).containsEntry("pattern_hits", 1L);
  }

  @Test
  void withLocalTelemetryOffNothingIsRecorded() {
    editWithEval(env("SG_LOCAL_TELEMETRY", "0"));

    assertThat(state().resolve("metrics.jsonl")).doesNotExist();
    assertThat(telemetryJson()).containsEntry("lines", 0L);
  }

  @Test
  void bootstrapLinesAreDecodedWithTheCodeTableNames() throws IOException {
    long now = Instant.now().getEpochSecond();
    append("{\"ts\":" + now + ",\"hook\":\"SessionStart\",\"src\":\"jvm\",\"metrics\":{\"pv\":30000,\"boot\":3,"
        + "\"boot_phase\":9,\"boot_err\":16,\"boot_rc\":137,\"boot_jre\":2500,\"boot_cache_mode\":3}}");
    append("{\"ts\":" + now + ",\"hook\":\"SessionStart\",\"src\":\"jvm\",\"metrics\":{\"pv\":30000,\"boot\":3,"
        + "\"boot_phase\":1,\"boot_err\":99,\"boot_exc\":2,\"boot_errno\":13,\"boot_jre\":1700}}");
    append("{\"ts\":" + now + ",\"hook\":\"SessionStart\",\"src\":\"launcher\",\"metrics\":{\"pv\":30000,"
        + "\"boot\":10,\"boot_phase\":6,\"boot_err\":17,\"boot_alt_jre\":0}}");

    Map<String, Object> boot = JsonView.object(telemetryJson(), "boot");

    assertThat(count(JsonView.array(boot, "outcomes"), "build_failed")).isEqualTo(2);
    assertThat(count(JsonView.array(boot, "outcomes"), "no_runtime")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "phases"), "cache")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "err_kinds"), "signal_killed")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "err_kinds"), "runtime_missing")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "exc_types"), "AccessDeniedException")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "errnos"), "13 (EACCES)")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "runtimes"), "25")).isEqualTo(1);
    assertThat(count(JsonView.array(boot, "signal_rcs"), "137")).isEqualTo(1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TelemetryCommand.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8), env());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Local telemetry: 3 lines")
        .contains("build_failed (3)").contains("signal_killed (16)").contains("AccessDeniedException (2)")
        .contains("launcher");
  }

  @Test
  void malformedLinesAreCountedNeverFatalAndTheRotatedGenerationIsRead() throws IOException {
    long now = Instant.now().getEpochSecond();
    Files.createDirectories(state());
    Files.writeString(state().resolve("metrics.jsonl.1"), "{\"ts\":" + now + ",\"hook\":\"Stop\",\"src\":\"jvm\","
        + "\"metrics\":{\"pv\":1,\"skipped\":true,\"skip_reason\":23}}\n");
    append("{\"ts\":" + now + ",\"hook\":\"Stop\",\"src\":\"jvm\",\"metr");
    append("not json at all");
    append("{\"ts\":\"yesterday\",\"hook\":\"Stop\",\"metrics\":{}}");
    append("[1,2,3]");
    append("{\"ts\":" + now + ",\"hook\":\"Stop\",\"src\":\"jvm\",\"metrics\":{\"pv\":1,\"api_error\":529,"
        + "\"vulns_found\":0}}");

    Map<String, Object> json = telemetryJson();

    assertThat(json).containsEntry("lines", 2L).containsEntry("malformed", 4L);
    Map<String, Object> reviews = JsonView.object(json, "reviews");
    assertThat(count(JsonView.array(reviews, "skip_reasons"), "rate_limited")).isEqualTo(1);
    assertThat(count(JsonView.array(reviews, "api_errors"), "http_529")).isEqualTo(1);
  }

  @Test
  void sinceKeepsOnlyRecentLines() throws IOException {
    long now = Instant.now().getEpochSecond();
    append("{\"ts\":" + (now - 3 * 86_400) + ",\"hook\":\"Stop\",\"src\":\"jvm\",\"metrics\":{\"pv\":1}}");
    append("{\"ts\":" + (now - 3600) + ",\"hook\":\"Stop\",\"src\":\"jvm\",\"metrics\":{\"pv\":1}}");

    assertThat(telemetryJson("--since", "2d")).containsEntry("lines", 1L);
    assertThat(telemetryJson("--since=30m")).containsEntry("lines", 0L);
    assertThat(telemetryJson()).containsEntry("lines", 2L);
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    for (String[] args : List.of(new String[] {"telemetry", "--since", "yesterday"},
        new String[] {"telemetry", "--since"}, new String[] {"telemetry", "--since", "0d"},
        new String[] {"telemetry", "--bogus"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(),
          true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env());
      assertThat(rc).isEqualTo(ExitCode.USAGE);
      assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n").startsWith(
          "security-guidance telemetry:");
    }
  }

  private void append(String line) throws IOException {
    Files.createDirectories(state());
    Files.writeString(state().resolve("metrics.jsonl"), line + "\n", StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}

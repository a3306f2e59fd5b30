package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;

/** Whatever arrives on stdin, the hook never throws, exits 0 and prints nothing or exactly one valid line. */
class HookCommandPropertyTest {
  private static Path tmp;

  @BeforeContainer
  static void makeTemp() throws IOException {
    tmp = Files.createTempDirectory("sg-hook-prop");
  }

  @AfterContainer
  static void removeTemp() throws IOException {
    try (var files = Files.walk(tmp)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String run(String event, byte[] stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Env env = new Env(Map.of("HOME", tmp.resolve("home").toString(),
        "SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString()));
    int code = HookCommand.run(new String[] {event}, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), env);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> events() {
    return Arbitraries.of("session-start", "prompt", "edit", "bash", "stop", "nonsense");
  }

  @Property(tries = 300)
  void randomBytesNeverBreakTheProtocol(@ForAll("events") String event, @ForAll byte[] stdin) {
    HookGoldenTest.assertProtocolValid(run(event, stdin));
  }

  @Property(tries = 300)
  void randomTextNeverBreakTheProtocol(@ForAll("events") String event, @ForAll String stdin) {
    HookGoldenTest.assertProtocolValid(run(event, stdin.getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<Object> values() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
        Arbitraries.of("eval(x)", "os.system(y)", "git commit -m x", "/p/a.py", "C:\\p\\a.tsx", "Write", "Edit",
            "MultiEdit", "NotebookEdit", "Bash", "PostToolUse", "Stop", "UserPromptSubmit").map(s -> (Object) s),
        Arbitraries.longs().map(n -> (Object) n), Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(Json.NULL));
    return Arbitraries.recursive(() -> leaf, this::containers, 3);
  }

  private Arbitrary<Object> containers(Arbitrary<Object> inner) {
    Arbitrary<String> keys = Arbitraries.of("hook_event_name", "tool_name", "tool_input", "tool_response",
        "session_id", "cwd", "file_path", "content", "new_string", "edits", "notebook_path", "new_source",
        "command", "stdout", "interrupted", "stop_hook_active", "tool_use_id", "x");
    return Arbitraries.oneOf(
        Arbitraries.maps(keys, inner).ofMaxSize(6).map(m -> (Object) new java.util.LinkedHashMap<>(m)),
        inner.list().ofMaxSize(4).map(l -> (Object) l));
  }

  @Provide
  Arbitrary<Map<String, Object>> oddEvents() {
    Arbitrary<String> eventNames = Arbitraries.of("PostToolUse", "Stop", "UserPromptSubmit", "SessionStart", "");
    Arbitrary<String> tools = Arbitraries.of("Write", "Edit", "MultiEdit", "NotebookEdit", "Bash", "Read");
    return Combinators.combine(eventNames, tools, values(), values()).as((e, t, input, response) -> {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("session_id", "prop");
      m.put("hook_event_name", e);
      m.put("tool_name", t);
      m.put("tool_input", input);
      m.put("tool_response", response);
      return m;
    });
  }

  @Property(tries = 300)
  void plausibleButOddEventsNeverBreakTheProtocol(@ForAll("events") String event,
      @ForAll("oddEvents") Map<String, Object> json) {
    HookGoldenTest.assertProtocolValid(run(event, Json.write(json).getBytes(StandardCharsets.UTF_8)));
  }
}

package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * The launcher's warm hook server client (ADR 0012) against the real jar and JVM: same bytes as a fresh JVM for every
 * golden edit event, fallback when the server is dead or its port file is wrong, a new server spawned after a crash,
 * and no lost state update under parallel hooks.
 */
class HookServerLauncherTest {
  private static final Path GOLDEN_EDIT = Launcher.pluginDir()
      .resolve("../../sg-app/src/test/resources/golden/hook/edit").normalize();

  @TempDir Path tmp;
  Sandbox box;
  Path work;
  final List<Long> servers = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    box = new Sandbox(tmp);
    box.env("SG_JAR", null).env("JAVA_HOME", RealJvmLaunchTest.TEST_JAVA_HOME.toString());
    work = Files.createDirectories(tmp.resolve("work"));
  }

  @AfterEach
  void stopServers() {
    for (long pid : servers) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    readPort().ifPresent(p -> ProcessHandle.of(p.pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  /** The fields of the port file the tests use. */
  record Port(String line, long pid, String clientToken) {}

  private Optional<Port> readPort() {
    try {
      String line = Files.readString(box.state.resolve("hook-server.port")).strip();
      String[] f = line.split(" ", 8);
      return Optional.of(new Port(line, Long.parseLong(f[5]), f[2]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Starts `hook-server` through the launcher, detached from the test's pipes, and waits for its port file. */
  private Port startServer() throws Exception {
    List<String> cmd = List.of(Launcher.onHostPath("bash").toString(), Launcher.script().toString(), "hook-server");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
    pb.environment().clear();
    pb.environment().putAll(box.environment());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    servers.add(pb.start().pid());
    return awaitPort(0);
  }

  private Port awaitPort(long notPid) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Port> p = readPort();
      if (p.isPresent() && p.get().pid() != notPid && ProcessHandle.of(p.get().pid()).isPresent()) {
        servers.add(p.get().pid());
        return p.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no hook server came up; log:\n" + log());
  }

  private String log() {
    try {
      return Files.readString(box.state.resolve("log.txt"));
    } catch (IOException e) {
      return "";
    }
  }

  private ProcessResult edit(String stdin, String stateKey) {
    Map<String, String> env = new java.util.HashMap<>(box.environment());
    env.put("CLAUDE_CODE_REMOTE_SESSION_ID", stateKey);
    List<String> cmd = List.of(Launcher.onHostPath("bash").toString(), Launcher.script().toString(), "hook", "edit");
    return Launcher.exec(cmd, env, work, stdin);
  }

  private ProcessResult freshEdit(String stdin, String stateKey) {
    box.env("SG_HOOK_SERVER", "0");
    try {
      return edit(stdin, stateKey);
    } finally {
      box.env("SG_HOOK_SERVER", null);
    }
  }

  private long servedRequests(Port port) throws Exception {
    ProcessHandle server = ProcessHandle.of(port.pid()).orElseThrow();
    server.destroy();
    server.onExit().get();
    String stopped = log().lines().filter(l -> l.contains("hook-server: stopped")).reduce((a, b) -> b).orElse("");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("after (\\d+) request").matcher(stopped);
    assertThat(m.find()).as(stopped).isTrue();
    return Long.parseLong(m.group(1));
  }

  private List<String> goldenStdins() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN_EDIT)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".stdin.json")).sorted().toList()) {
        out.add(Files.readString(f).replace("${TMP}", work.toString()));
      }
      Path perf = Paths.get("src/test/resources/org/securityguidance/it/perf");
      out.add(Files.readString(perf.resolve("write-20k-match.stdin.json")));
      out.add(Files.readString(perf.resolve("write-20k-clean.stdin.json")));
      return out;
    }
  }

  @Test
  void everyGoldenEditGivesTheSameBytesThroughTheServer() throws Exception {
    Port port = startServer();
    List<String> stdins = goldenStdins();
    assertThat(stdins).hasSizeGreaterThan(20);
    for (int i = 0; i < stdins.size(); i++) {
      ProcessResult served = edit(stdins.get(i), "served-" + i);
      ProcessResult fresh = freshEdit(stdins.get(i), "fresh-" + i);
      assertThat(served.exit()).as("case " + i).isEqualTo(fresh.exit()).isZero();
      assertThat(served.stdout()).as("case " + i).isEqualTo(fresh.stdout());
      assertThat(served.stderr()).as("case " + i).isEmpty();
    }
    assertThat(servedRequests(port)).isEqualTo(stdins.size());
  }

  @Test
  void aKilledServerMeansAFreshJvmAndANewServer() throws Exception {
    Port first = startServer();
    ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
    ProcessHandle.of(first.pid()).ifPresent(h -> h.onExit().join());
    assertThat(readPort()).as("a killed server leaves its port file").isPresent();
    Files.delete(box.state.resolve(".hook_server_spawned"));
    String stdin = stdinFor("/p/a.py", "y = eval(x)\n", "s1");

    ProcessResult r = edit(stdin, "k1");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stdout()).contains("eval_injection").isEqualTo(freshEdit(stdin, "k2").stdout());
    Port second = awaitPort(first.pid());
    assertThat(second.clientToken()).isNotEqualTo(first.clientToken());
    assertThat(edit(stdin, "k3").stdout()).isEqualTo(r.stdout());
    assertThat(servedRequests(second)).isEqualTo(1);
  }

  @Test
  void aSwitchedOffPluginStartsNoServer() throws Exception {
    Files.delete(box.state.resolve(".hook_server_spawned"));
    String stdin = stdinFor("/p/a.py", "y = eval(x)\n", "s1");
    for (String[] kill : new String[][] {{"SECURITY_GUIDANCE_DISABLE", " TRUE "}, {"ENABLE_SECURITY_REMINDER", "0 "}}) {
      box.env(kill[0], kill[1]);
      try {
        ProcessResult r = edit(stdin, "k-" + kill[0]);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stdout()).doesNotContain("eval_injection");
      } finally {
        box.env(kill[0], null);
      }
    }
    Thread.sleep(1500); // a detached spawn would have written its throttle and port file by now

    assertThat(box.state.resolve(".hook_server_spawned")).doesNotExist();
    assertThat(readPort()).isEmpty();
  }

  @Test
  void aWrongTokenInThePortFileMeansAFreshJvm() throws Exception {
    Port port = startServer();
    String forged = port.line().replace(port.clientToken(), "0".repeat(64));
    Files.writeString(box.state.resolve("hook-server.port"), forged + "\n");
    String stdin = stdinFor("/p/a.py", "y = eval(x)\n", "s1");

    ProcessResult r = edit(stdin, "t1");

    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).contains("eval_injection").isEqualTo(freshEdit(stdin, "t2").stdout());
    assertThat(log()).contains("hook-server: refused a request (bad token)");
  }

  @Test
  void parallelEditsThroughTheServerLoseNothing() throws Exception {
    Port port = startServer();
    int n = 16;
    List<CompletableFuture<ProcessResult>> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String stdin = stdinFor("/p/f" + i + ".py", "y = eval(x)\n", "shared");
      runs.add(CompletableFuture.supplyAsync(() -> edit(stdin, "shared")));
    }
    for (CompletableFuture<ProcessResult> run : runs) {
      ProcessResult r = run.get();
      assertThat(r.exit()).isZero();
      assertThat(r.stdout()).contains("\"pattern_hits\":1").contains("eval_injection");
    }
    Map<String, Object> state = Json.parseObject(Files.readString(box.state.resolve(
        "security_warnings_state_shared.json")));
    assertThat(JsonView.array(state, "touched_paths")).hasSize(n).doesNotHaveDuplicates();
    assertThat(JsonView.array(state, "shown_warnings")).hasSize(n).doesNotHaveDuplicates();
    assertThat(servedRequests(port)).isEqualTo(n);
  }

  private static String stdinFor(String file, String text, String session) {
    return Json.write(Map.of("session_id", session, "hook_event_name", "PostToolUse", "tool_name", "Edit",
        "cwd", "/p", "tool_input", Map.of("file_path", file, "new_string", text)));
  }
}

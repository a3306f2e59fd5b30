package org.securityguidance.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;

/**
 * Runs the real Claude Code CLI once in a {@link Workspace} against the {@link FakeModelApi}, with the plugin loaded
 * by {@code --plugin-dir}, either as {@code -p <prompt>} (asyncRewake hooks run synchronously) or with the prompt sent
 * as a {@code stream-json} line on stdin (asyncRewake hooks run in the background; stdin stays open until the
 * expected number of turns has finished). The process tree is killed at the end, whatever happened.
 */
final class ClaudeSession {
  static final String API_KEY = "sk-ant-e2e-dummy-key";
  static final Duration HARD_TIMEOUT = Duration.ofSeconds(90);
  static final String ALLOWED_TOOLS = "Write Edit MultiEdit Read Bash Glob Grep NotebookEdit";

  private final Path claude;
  private final Workspace workspace;
  private final FakeModelApi api;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Object lock = new Object();
  private final List<Map<String, Object>> lines = new ArrayList<>();

  ClaudeSession(Path claude, Workspace workspace, FakeModelApi api) {
    this.claude = claude;
    this.workspace = workspace;
    this.api = api;
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null) {
      env.put("JAVA_HOME", javaHome);
    }
    env.put("HOME", workspace.home().toString());
    env.put("CLAUDE_CONFIG_DIR", workspace.configDir().toString());
    env.put("TMPDIR", workspace.tmp().toString());
    env.put("LANG", "C.UTF-8");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("ANTHROPIC_BASE_URL", api.baseUrl());
    env.put("ANTHROPIC_API_KEY", API_KEY);
    for (String flag : List.of("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "DISABLE_TELEMETRY",
        "DISABLE_AUTOUPDATER", "DISABLE_ERROR_REPORTING")) {
      env.put(flag, "1");
    }
  }

  /** Sets (or, with {@code null}, removes) one variable of the CLI's environment. */
  ClaudeSession env(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  /** {@code claude -p <prompt>}: every hook runs in the foreground. */
  Transcript print(String prompt) throws IOException, InterruptedException {
    List<String> command = command();
    command.add(1, "-p");
    command.add(2, prompt);
    return run(command, null, 0);
  }

  /** The prompt as a stream-json user line; stdin closes once {@code turns} results were printed (or after 60 s). */
  Transcript streamInput(String prompt, int turns) throws IOException, InterruptedException {
    List<String> command = command();
    command.add(1, "--input-format");
    command.add(2, "stream-json");
    Map<String, Object> line = Map.of("type", "user", "message", Map.of("role", "user", "content", prompt));
    return run(command, Json.write(line) + "\n", turns);
  }

  private List<String> command() {
    return new ArrayList<>(List.of(claude.toString(), "--output-format", "stream-json", "--verbose",
        "--include-hook-events", "--plugin-dir", workspace.plugin().toString(), "--model", FakeModelApi.MODEL,
        "--debug-file", workspace.root().resolve("claude-debug.log").toString(), "--allowedTools", ALLOWED_TOOLS));
  }

  private Transcript run(List<String> command, String input, int turns) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workspace.repo().toFile())
        .redirectError(workspace.root().resolve("cli-stderr.txt").toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process process = pb.start();
    Thread reader = new Thread(() -> readLines(process), "e2e-cli-stdout");
    reader.setDaemon(true);
    reader.start();
    boolean timedOut;
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        awaitResults(turns, start);
      }
    } catch (IOException e) {
      // The CLI may exit before reading its stdin; its transcript tells what happened.
    } finally {
      timedOut = !process.waitFor(remaining(start), TimeUnit.MILLISECONDS);
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      reader.join(5_000);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int leftovers = Leftovers.killAll(workspace.root());
    api.dump(workspace.root().resolve("requests.jsonl"));
    synchronized (lock) {
      return new Transcript(lines, timedOut ? -1 : process.exitValue(), timedOut, millis, leftovers);
    }
  }

  private void awaitResults(int turns, long start) throws InterruptedException {
    long idleDeadline = start + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < idleDeadline) {
      synchronized (lock) {
        if (lines.stream().filter(l -> "result".equals(l.get("type"))).count() >= turns) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  private static long remaining(long start) {
    return Math.max(1, HARD_TIMEOUT.toMillis() - (System.nanoTime() - start) / 1_000_000);
  }

  private void readLines(Process process) {
    Path file = workspace.root().resolve("cli-stream.jsonl");
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        parse(line);
      }
    } catch (IOException e) {
      // The process was killed; what was read so far stays in the transcript.
    }
  }

  private void parse(String line) {
    try {
      Map<String, Object> parsed = Json.parseObject(line);
      synchronized (lock) {
        lines.add(parsed);
      }
    } catch (JsonException e) {
      // Not every line of a dying CLI is JSON; the raw file keeps it.
    }
  }
}

package org.securityguidance.it.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the assembled plugin's scripts exactly as Claude Code does ({@code bash "<root>/hooks/sg-java.sh" ...}), with an
 * environment built from scratch so the machine's own Java installations stay invisible unless a test adds them.
 */
public final class Launcher {
  /** Commands the launcher (and bin/security-guidance's {@code env bash}) may call; a sandbox PATH holds only these. */
  static final List<String> TOOLS =
      List.of("bash", "readlink", "mktemp", "sleep", "rm", "mv", "mkdir", "date", "uname",
          // SessionStart only: the source build (copy, fingerprint, hash, wrapper) and the rescue spawn.
          "tail", "cp", "find", "sort", "xargs", "sha256sum", "sh", "setsid",
          // `hook edit` with a warm hook server: the client reads stdin with one `cat` (ADR 0012).
          "cat");

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Launcher() {}

  /** The assembled plugin directory ({@code target/plugin}), built by {@code ./mvnw -q -o package -DskipTests}. */
  public static Path pluginDir() {
    String dir = System.getProperty("sg.plugin.dir");
    if (dir == null || !Files.isDirectory(Paths.get(dir))) {
      throw new IllegalStateException("target/plugin missing: run ./mvnw -q -o package -DskipTests first");
    }
    return Paths.get(dir);
  }

  /** The launcher script of the assembled plugin. */
  public static Path script() {
    return pluginDir().resolve("hooks/sg-java.sh");
  }

  /** Absolute path of a program on the test JVM's own PATH. */
  public static Path onHostPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Paths.get(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new IllegalStateException(program + " not found on PATH");
  }

  /**
   * A directory of links to {@link #TOOLS} (created once under {@code target/}, outside every temp dir), so a test
   * PATH can exclude every real java.
   */
  public static synchronized Path toolsDir() {
    Path dir = Paths.get("target", "launcher-tools").toAbsolutePath();
    try {
      Files.createDirectories(dir);
      for (String tool : TOOLS) {
        Path link = dir.resolve(tool);
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, onHostPath(tool));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code bash <script> args} in {@code cwd} with exactly {@code env}. */
  public static ProcessResult run(Path script, Map<String, String> env, Path cwd, String... args) {
    List<String> command = new ArrayList<>();
    command.add(onHostPath("bash").toString());
    command.add(script.toString());
    command.addAll(List.of(args));
    return exec(command, env, cwd);
  }

  /** Runs an arbitrary command with exactly {@code env}; stdin is empty. */
  public static ProcessResult exec(List<String> command, Map<String, String> env, Path cwd) {
    return exec(command, env, cwd, null);
  }

  /** Runs an arbitrary command with exactly {@code env}, writing {@code stdin} (null = empty) to it. */
  public static ProcessResult exec(List<String> command, Map<String, String> env, Path cwd, String stdin) {
    return exec(command, env, cwd, stdin, TIMEOUT);
  }

  /** As {@link #exec(List, Map, Path, String)} with its own time limit. */
  public static ProcessResult exec(
      List<String> command, Map<String, String> env, Path cwd, String stdin, Duration timeout) {
    return exec(command, env, cwd, stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), timeout);
  }

  /**
   * Runs {@code command} in {@code cwd} with exactly {@code env}, writing {@code stdin} (null = {@code /dev/null}),
   * and fails the test when it outlives {@code timeout}.
   */
  public static ProcessResult exec(
      List<String> command, Map<String, String> env, Path cwd, byte[] stdin, Duration timeout) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(new LinkedHashMap<>(env));
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      CompletableFuture<String> out = readAsync(p.getInputStream());
      CompletableFuture<String> err = readAsync(p.getErrorStream());
      if (stdin != null) {
        writeStdin(p, stdin);
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out after " + timeout + ": " + command);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return new ProcessResult(p.exitValue(), out.join(), err.join(), elapsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void writeStdin(Process p, byte[] stdin) {
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // A child that never reads stdin (the JVM of a SessionStart) may close the pipe first; its output decides.
    }
  }

  private static CompletableFuture<String> readAsync(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}

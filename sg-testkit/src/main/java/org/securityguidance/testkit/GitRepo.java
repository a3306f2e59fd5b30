package org.securityguidance.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a temp dir, isolated from the user's global and system git configuration: its own HOME,
 * {@code GIT_CONFIG_GLOBAL=/dev/null}, {@code GIT_CONFIG_NOSYSTEM=1}, a local identity, no signing, branch
 * {@code main}. Modules wrap {@link #environment} in their own {@code Env}; this kit depends on the JDK only.
 */
public class GitRepo {
  private static final long TIMEOUT_SECONDS = 60;

  /** The work tree (real path). */
  public final Path dir;
  /** The isolated environment git runs with: the real PATH (and Windows basics), a throw-away HOME. */
  public final Map<String, String> environment;

  protected GitRepo(Path dir, Map<String, String> env) {
    this.dir = dir;
    this.environment = Map.copyOf(env);
  }

  /** Another view of {@code repo}, for module-specific subclasses. */
  protected GitRepo(GitRepo repo) {
    this(repo.dir, repo.environment);
  }

  /** {@code git init} in {@code dir} (created if needed), with a sibling {@code <dir>-home} as HOME. */
  public static GitRepo init(Path dir) throws IOException {
    return init(dir, dir.resolveSibling(dir.getFileName() + "-home"));
  }

  /** {@code git init} in {@code dir} (created if needed) with {@code home} (created if needed) as HOME. */
  public static GitRepo init(Path dir, Path home) throws IOException {
    Files.createDirectories(dir);
    Files.createDirectories(home);
    GitRepo repo = new GitRepo(dir.toRealPath(), isolatedEnv(home));
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.invalid");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  /** An existing work tree (e.g. a linked worktree) run with {@code env}. */
  public static GitRepo open(Path dir, Map<String, String> env) {
    return new GitRepo(dir, env);
  }

  /** The environment for tests: the real PATH, a throw-away HOME, no global or system git config. */
  public static Map<String, String> isolatedEnv(Path home) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (String name : new String[] {"PATH", "SystemRoot", "SYSTEMROOT", "TEMP", "TMP"}) {
      String v = System.getenv(name);
      if (v != null) {
        vars.put(name, v);
      }
    }
    vars.put("HOME", home.toString());
    vars.put("GIT_CONFIG_GLOBAL", "/dev/null");
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    return vars;
  }

  /** Runs {@code git args} in the work tree, failing the test unless it exits 0; returns stdout. */
  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(isWindows() ? "NUL" : "/dev/null")));
    pb.environment().clear();
    pb.environment().putAll(environment);
    try {
      Process p = pb.start();
      CompletableFuture<String> out = readAsync(p.getInputStream());
      CompletableFuture<String> err = readAsync(p.getErrorStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("git " + String.join(" ", args) + ": timed out");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("git " + String.join(" ", args) + ": exit " + p.exitValue() + " " + err.join());
      }
      return out.join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Writes {@code content} (UTF-8) to {@code rel}, creating parent directories; returns the file. */
  public Path write(String rel, String content) throws IOException {
    return writeBytes(rel, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to {@code rel}, creating parent directories; returns the file. */
  public Path writeBytes(String rel, byte[] content) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  /** Sets a file's mtime to a fixed past instant plus {@code seconds}, so "changed" never depends on clock speed. */
  public void touch(String rel, long seconds) throws IOException {
    Files.setLastModifiedTime(dir.resolve(rel),
        FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(seconds)));
  }

  /** Stages everything and commits; returns the new HEAD. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return head();
  }

  /** The commit id of HEAD. */
  public String head() {
    return git("rev-parse", "HEAD").strip();
  }

  private static CompletableFuture<String> readAsync(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }
}

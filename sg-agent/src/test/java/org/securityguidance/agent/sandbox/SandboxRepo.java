package org.securityguidance.agent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/** A real git repository in a temp dir for sandbox and tool tests, isolated from the user's git configuration. */
public final class SandboxRepo {
  public final Path dir;
  public final Git git;

  private SandboxRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** {@code git init} in {@code parent/repo} with a local identity; a sibling {@code home} isolates git config. */
  public static SandboxRepo init(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve("repo"));
    Path home = Files.createDirectories(parent.resolve("home"));
    SandboxRepo repo = new SandboxRepo(dir, Git.local(isolatedEnv(home)));
    repo.git("init", "-q");
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.invalid");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  static Env isolatedEnv(Path home) {
    Map<String, String> vars = new HashMap<>();
    for (String name : new String[] {"PATH", "SystemRoot", "SYSTEMROOT", "TEMP", "TMP"}) {
      String v = System.getenv(name);
      if (v != null) {
        vars.put(name, v);
      }
    }
    vars.put("HOME", home.toString());
    vars.put("GIT_CONFIG_GLOBAL", "/dev/null");
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    return new Env(vars);
  }

  /** Runs git in the repository, asserting success; returns stdout. */
  public String git(String... args) {
    ProcessResult r = git.run(dir, GitTimeout.DIFF, args);
    assertThat(r.ok()).as("git %s: %s %s", String.join(" ", args), r.describe(), r.stderr()).isTrue();
    return r.stdout();
  }

  public Path write(String rel, String content) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Stages everything (including ignored files given by name with -f) and commits. */
  public void commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  /** A sandbox over this repository via git, with {@code diffPaths} as the change under review. */
  public RepoSandbox sandbox(Collection<String> diffPaths) throws IOException {
    return RepoSandbox.open(git, dir, diffPaths);
  }

  public RepoSandbox sandbox() throws IOException {
    return sandbox(List.of());
  }

  /** A unique marker to plant in a forbidden file and look for in every result. */
  public static String canary(String label) {
    return "CANARY-" + label + "-" + UUID.randomUUID();
  }

  /** Creates a FIFO with the system's {@code mkfifo}; false when unavailable (Windows). */
  public static boolean mkfifo(Path path) {
    ProcessResult r = ProcessRunner.local().run(
        ProcessRequest.of(List.of("mkfifo", path.toString()), path.getParent(), Duration.ofSeconds(10)));
    return r.ok() && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }
}

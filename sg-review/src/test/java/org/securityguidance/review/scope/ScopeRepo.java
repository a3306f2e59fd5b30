package org.securityguidance.review.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;

/** A real git repository in a temp dir, isolated from the user's global and system git configuration. */
final class ScopeRepo {
  final Path dir;
  final Env env;
  final Git git;

  private ScopeRepo(Path dir, Env env) {
    this.dir = dir;
    this.env = env;
    this.git = Git.local(env);
  }

  /** The environment for tests: the real PATH, a throw-away HOME, no global or system git config. */
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

  /** {@code git init} in {@code dir} with a local identity, no signing, and one commit of {@code app.py}. */
  static ScopeRepo withInitialCommit(Path dir) throws IOException {
    ScopeRepo repo = init(dir);
    repo.write("app.py", "print('hi')\n");
    repo.commitAll("init");
    return repo;
  }

  /** An existing work tree (e.g. a linked worktree) with the same isolated environment. */
  static ScopeRepo open(Path dir, Env env) {
    return new ScopeRepo(dir, env);
  }

  static ScopeRepo init(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path home = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-home"));
    ScopeRepo repo = new ScopeRepo(dir, isolatedEnv(home));
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.invalid");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  /** Runs git in the repository and asserts success; returns stdout. */
  String git(String... args) {
    ProcessResult r = git.run(dir, GitTimeout.DIFF, args);
    assertThat(r.ok()).as("git %s: %s %s", String.join(" ", args), r.describe(), r.stderr()).isTrue();
    return r.stdout();
  }

  Path write(String rel, String content) throws IOException {
    return writeBytes(rel, content.getBytes(StandardCharsets.UTF_8));
  }

  Path writeBytes(String rel, byte[] content) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  /** Sets a file's mtime to a fixed past instant plus {@code seconds}, so "changed" never depends on clock speed. */
  void touch(String rel, long seconds) throws IOException {
    Files.setLastModifiedTime(dir.resolve(rel), FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(seconds)));
  }

  /** Stages everything and commits; returns the new HEAD. */
  String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return head();
  }

  String head() {
    return git("rev-parse", "HEAD").strip();
  }

  /** What the prompt hook would record now. */
  BaselineState baseline() {
    return BaselineState.of(new Baseline(git).capture(dir));
  }

  ReviewScope scope() {
    return ReviewScope.local(env);
  }

  byte[] indexBytes() throws IOException {
    return Files.readAllBytes(dir.resolve(".git/index"));
  }
}

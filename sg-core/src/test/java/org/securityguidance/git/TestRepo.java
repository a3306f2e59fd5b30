package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;

/** A real git repository in a temp dir, isolated from the user's global and system git configuration. */
final class TestRepo {
  final Path dir;
  final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
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

  static Git isolatedGit(Path home) {
    return Git.local(isolatedEnv(home));
  }

  /** {@code git init} in {@code dir} (created if needed) with a local identity and no signing. */
  static TestRepo init(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path home = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-home"));
    TestRepo repo = new TestRepo(dir, isolatedGit(home));
    repo.git("init", "-q");
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
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
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
}

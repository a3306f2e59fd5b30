package org.securityguidance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;

/** A real git repository in a temp dir, isolated from the machine's global and system git configuration. */
public final class GitRepo {
  public final Path dir;
  public final Git git;

  private GitRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  public static GitRepo init(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path home = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-home"));
    Map<String, String> vars = new HashMap<>();
    String path = System.getenv("PATH");
    if (path != null) {
      vars.put("PATH", path);
    }
    vars.put("HOME", home.toString());
    vars.put("GIT_CONFIG_GLOBAL", "/dev/null");
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    GitRepo repo = new GitRepo(dir, Git.local(new Env(vars)));
    repo.git("init", "-q");
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.invalid");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  /** Runs git in the repository and asserts success; returns stdout. */
  public String git(String... args) {
    ProcessResult r = git.run(dir, GitTimeout.DIFF, args);
    assertThat(r.ok()).as("git %s: %s", String.join(" ", args), r.stderr()).isTrue();
    return r.stdout();
  }
}

package org.securityguidance.agent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;

/** A real git repository in a temp dir, isolated from global and system git configuration. */
public final class TestRepo {
  public final Path dir;
  public final Env env;
  private final Git git;

  private TestRepo(Path dir, Env env) {
    this.dir = dir;
    this.env = env;
    this.git = Git.local(env);
  }

  public static TestRepo init(Path dir) throws IOException {
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
    TestRepo repo = new TestRepo(dir.toRealPath(), new Env(vars));
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.invalid");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  public String git(String... args) {
    ProcessResult r = git.run(dir, GitTimeout.DIFF, args);
    assertThat(r.ok()).as("git %s: %s", String.join(" ", args), r.describe()).isTrue();
    return r.stdout();
  }

  public TestRepo write(String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return this;
  }

  public TestRepo commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return this;
  }

  /** The capped file diffs of HEAD, as the commit review computes them. */
  public List<FileDiff> headDiff() {
    ReviewScope.Result r = CommitDiff.local(env).ofCommit(dir, "HEAD", ScopeLimits.defaults());
    return r.files();
  }
}

package org.securityguidance.review.scope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.Git;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;

/** The test kit's {@link GitRepo} plus this module's views of it: {@link Env}, {@link Git}, baseline and scope. */
final class ScopeRepo extends GitRepo {
  final Env env;
  final Git git;

  private ScopeRepo(GitRepo repo) {
    super(repo);
    this.env = new Env(environment);
    this.git = Git.local(env);
  }

  /** The kit's isolated environment with {@code home} as HOME, as an {@link Env}. */
  static Env isolatedEnvOf(Path home) {
    return new Env(GitRepo.isolatedEnv(home));
  }

  /** {@code git init} in {@code dir} with one commit of {@code app.py}. */
  static ScopeRepo withInitialCommit(Path dir) throws IOException {
    ScopeRepo repo = init(dir);
    repo.write("app.py", "print('hi')\n");
    repo.commitAll("init");
    return repo;
  }

  /** An existing work tree (e.g. a linked worktree) with the same isolated environment. */
  static ScopeRepo open(Path dir, Env env) {
    return new ScopeRepo(GitRepo.open(dir, env.asMap()));
  }

  public static ScopeRepo init(Path dir) throws IOException {
    return new ScopeRepo(GitRepo.init(dir));
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

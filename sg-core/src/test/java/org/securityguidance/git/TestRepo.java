package org.securityguidance.git;

import java.io.IOException;
import java.nio.file.Path;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.testkit.GitRepo;

/** The test kit's {@link GitRepo} run through this module's hardened {@link Git}, over the same isolated environment. */
final class TestRepo extends GitRepo {
  final Git git;

  private TestRepo(GitRepo repo) {
    super(repo);
    this.git = Git.local(new Env(environment));
  }

  /** Runs git through this module's hardened {@link Git} (the subject of these tests) and asserts success. */
  @Override
  public String git(String... args) {
    ProcessResult r = git.run(dir, GitTimeout.DIFF, args);
    if (!r.ok()) {
      throw new AssertionError("git " + String.join(" ", args) + ": " + r.describe() + " " + r.stderr());
    }
    return r.stdout();
  }

  /** {@code git init} in {@code dir} (see {@link GitRepo#init(Path)}). */
  public static TestRepo init(Path dir) throws IOException {
    return new TestRepo(GitRepo.init(dir));
  }

  /** The kit's isolated environment with {@code home} as HOME, as an {@link Env}. */
  static Env isolatedEnvOf(Path home) {
    return new Env(GitRepo.isolatedEnv(home));
  }

  static Git isolatedGit(Path home) {
    return Git.local(isolatedEnvOf(home));
  }
}

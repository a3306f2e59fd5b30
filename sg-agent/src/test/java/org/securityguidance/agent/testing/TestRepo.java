package org.securityguidance.agent.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;

/** The test kit's {@link GitRepo} plus the commit review's view of it ({@link Env}, HEAD's capped diff). */
public final class TestRepo extends GitRepo {
  public final Env env;

  private TestRepo(GitRepo repo) {
    super(repo);
    this.env = new Env(environment);
  }

  /** {@code git init} in {@code dir} (see {@link GitRepo#init(Path)}). */
  public static TestRepo init(Path dir) throws IOException {
    return new TestRepo(GitRepo.init(dir));
  }

  /** The capped file diffs of HEAD, as the commit review computes them. */
  public List<FileDiff> headDiff() {
    ReviewScope.Result r = CommitDiff.local(env).ofCommit(dir, "HEAD", ScopeLimits.defaults());
    return r.files();
  }
}

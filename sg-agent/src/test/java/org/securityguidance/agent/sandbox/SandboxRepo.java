package org.securityguidance.agent.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.securityguidance.git.Git;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;
import org.securityguidance.testkit.GitRepo;

/** The test kit's {@link GitRepo} plus what sandbox and tool tests need: this module's {@link Git}, canaries, FIFOs. */
public final class SandboxRepo extends GitRepo {
  public final Git git;

  private SandboxRepo(GitRepo repo) {
    super(repo);
    this.git = Git.local(new Env(environment));
  }

  /** {@code git init} in {@code parent/repo}; a sibling {@code home} isolates git config. */
  public static SandboxRepo init(Path parent) throws IOException {
    return new SandboxRepo(GitRepo.init(parent.resolve("repo"), parent.resolve("home")));
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

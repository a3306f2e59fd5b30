package org.securityguidance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs real git the way a user's shell would, for tests that feed git's own output to a hook: the exit code and the
 * combined output are returned, failures do not throw. Commits are authored as {@code t <t@example.com>}.
 */
public final class GitCli {
  /**
   * One git run.
   *
   * @param exit the exit code
   * @param output stdout and stderr, interleaved as git wrote them
   */
  public record Result(int exit, String output) {}

  private final Path home;

  public GitCli(Path home) {
    this.home = home;
  }

  /** {@code git -C dir args…}. */
  public Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t", "-c",
        "user.email=t@example.com", "-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false"));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  /** Like {@link #run} but fails on a non-zero exit; returns the output. */
  public String ok(Path dir, String... args) throws IOException, InterruptedException {
    Result r = run(dir, args);
    if (r.exit() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + r.output());
    }
    return r.output();
  }

  /** Writes {@code rel} under {@code dir}, stages everything, commits with git's normal output, returns it. */
  public String commitFile(Path dir, String rel, String content, String message)
      throws IOException, InterruptedException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    ok(dir, "add", "-A");
    return ok(dir, "commit", "-m", message);
  }

  /** HEAD's full id in {@code dir}. */
  public String head(Path dir) throws IOException, InterruptedException {
    return ok(dir, "rev-parse", "HEAD").strip();
  }

  /**
   * A bare {@code origin} next to {@code dir}, with {@code main} pushed and tracked, so later pushes print git's
   * real ref-update lines.
   */
  public Path addOrigin(Path dir) throws IOException, InterruptedException {
    Path bare = dir.resolveSibling(dir.getFileName() + "-origin.git");
    ok(dir, "init", "-q", "--bare", bare.toString());
    ok(dir, "remote", "add", "origin", bare.toString());
    ok(dir, "push", "-q", "-u", "origin", "main");
    return bare;
  }
}

package org.securityguidance.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.securityguidance.sys.ProcessResult;

/**
 * Captures the turn-start baseline of a repository (spec §2.3) and reads a file's content at that baseline for the
 * Write suppression of spec §2.4.
 */
public final class Baseline {
  /** Most untracked files recorded per snapshot (spec §9). */
  public static final int UNTRACKED_CAP = 2000;

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private final Git git;

  public Baseline(Git git) {
    this.git = git;
  }

  /**
   * The baseline of the repository containing {@code cwd}: the stash SHA (or HEAD) and the untracked snapshot are
   * taken concurrently, then HEAD is read. Never throws; a non-repository gives {@link BaselineSnapshot#none()}.
   */
  public BaselineSnapshot capture(Path cwd) {
    Optional<Path> top = git.topLevel(cwd);
    if (top.isEmpty()) {
      return BaselineSnapshot.none();
    }
    FutureTask<Untracked> untrackedTask = new FutureTask<>(() -> untracked(top.get()));
    Thread worker = new Thread(untrackedTask, "sg-baseline-untracked");
    worker.setDaemon(true);
    worker.start();
    String baselineSha = baselineSha(top.get()).orElse(null);
    String headSha = git.headSha(top.get()).orElse(null);
    Untracked untracked = await(untrackedTask);
    return new BaselineSnapshot(baselineSha, headSha, untracked.mtimes(), untracked.capped());
  }

  /**
   * {@code git stash create} (a commit of the dirty tree that touches neither the stash list nor the work tree); an
   * empty answer means a clean tree, so HEAD. Empty when there are no commits or git failed.
   */
  public Optional<String> baselineSha(Path repoDir) {
    ProcessResult stash = git.run(repoDir, GitTimeout.SNAPSHOT, "stash", "create");
    if (!stash.ok()) {
      return Optional.empty();
    }
    String sha = stash.stdout().strip();
    if (sha.isEmpty()) {
      return git.headSha(repoDir);
    }
    return OBJECT_ID.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
  }

  /**
   * Untracked, non-ignored files of the work tree rooted at {@code topLevel} with their mtimes in nanoseconds, at
   * most {@link #UNTRACKED_CAP}. Files that vanish between listing and stat are left out. Empty when git failed.
   */
  public Untracked untracked(Path topLevel) {
    ProcessResult r = git.run(topLevel, GitTimeout.SNAPSHOT, "ls-files", "-z", "--others", "--exclude-standard");
    if (!r.ok()) {
      return new Untracked(Map.of(), false);
    }
    List<String> paths = NulSeparated.split(r.stdoutBytes(), r.truncated());
    Map<String, Long> mtimes = new LinkedHashMap<>();
    boolean capped = r.truncated();
    for (String rel : paths) {
      if (mtimes.size() >= UNTRACKED_CAP) {
        capped = true;
        break;
      }
      mtimeNanos(topLevel, rel).ifPresent(ns -> mtimes.put(rel, ns));
    }
    return new Untracked(mtimes, capped);
  }

  /**
   * The modification time in nanoseconds of {@code topLevel/rel} (not following a final symlink, so a dangling
   * link still has one); empty when it cannot be read. Use this on both sides of a comparison.
   */
  public static Optional<Long> mtimeNanos(Path topLevel, String rel) {
    try {
      Path file = topLevel.resolve(rel);
      return Optional.of(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS));
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The content of {@code absoluteFile} in commit {@code sha}, decoded as UTF-8 with replacement. The path is taken
   * relative to {@code repoDir} (spec §2.4: the project dir, not stdin's cwd), falling back to the repository's
   * top-level when {@code repoDir} is spelled differently (e.g. through a symlink). Empty when the file is new, lies
   * outside the repository, {@code repoDir} is not a repository, the blob is too large, or git failed (5 s).
   */
  public Optional<String> fileAt(Path repoDir, String sha, Path absoluteFile) {
    if (sha == null || !OBJECT_ID.matcher(sha).matches() || repoDir == null || absoluteFile == null) {
      return Optional.empty();
    }
    Path dir = repoDir.toAbsolutePath().normalize();
    Path file = dir.resolve(absoluteFile).normalize();
    if (file.startsWith(dir) && !file.equals(dir)) {
      // "sha:./rel" is resolved by git against the working directory, which matters when dir is a subdirectory.
      return blob(dir, sha + ":./" + slashes(dir.relativize(file)));
    }
    Optional<Path> top = git.topLevel(dir);
    if (top.isPresent() && file.startsWith(top.get()) && !file.equals(top.get())) {
      return blob(top.get(), sha + ":" + slashes(top.get().relativize(file)));
    }
    return Optional.empty();
  }

  private Optional<String> blob(Path dir, String spec) {
    ProcessResult r = git.run(dir, GitTimeout.LOOKUP, "cat-file", "blob", spec);
    if (!r.ok() || r.truncated()) {
      return Optional.empty();
    }
    return Optional.of(r.stdout());
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static Untracked await(FutureTask<Untracked> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      return new Untracked(Map.of(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Untracked(Map.of(), false);
    }
  }

  /**
   * An untracked-file snapshot.
   *
   * @param mtimes repo-relative path → mtime in nanoseconds, in git's order
   * @param capped more files existed than were kept
   */
  public record Untracked(Map<String, Long> mtimes, boolean capped) {}
}

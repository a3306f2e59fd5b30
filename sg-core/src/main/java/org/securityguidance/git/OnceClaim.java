package org.securityguidance.git;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The spawn de-dup sentinel of spec §2.5: when Claude Code starts the hook twice for one Bash call (a compound
 * {@code git commit && git push} matches two {@code if} entries), exactly one spawn claims the work.
 *
 * <p>The sentinel lives in the git common dir, shared by linked worktrees, so sessions in different repositories
 * never collide. Anything that prevents claiming (no id, no repository, I/O error) means "proceed": a duplicate
 * review is better than none.
 */
public final class OnceClaim {
  /** File-name prefix of the sentinels inside the git common dir. */
  public static final String PREFIX = "sg-hook-once-";
  /** Sentinels older than this are garbage-collected before each claim. */
  public static final Duration MAX_AGE = Duration.ofSeconds(300);
  /** Longest sanitised id kept in the file name. */
  public static final int MAX_ID_LENGTH = 80;

  /** The outcome of a claim. */
  public enum Result {
    /** This spawn created the sentinel and owns the work. */
    CLAIMED,
    /** Another spawn already claimed this tool call: stop. */
    ALREADY_CLAIMED,
    /** No de-dup possible (no id, no repository, I/O error): proceed. */
    NOT_APPLICABLE
  }

  private final Git git;
  private final Clock clock;

  public OnceClaim(Git git, Clock clock) {
    this.git = git;
    this.clock = clock;
  }

  /** Claims {@code toolUseId} in the common dir of the repository containing {@code cwd}. */
  public Result claim(Path cwd, String toolUseId) {
    if (toolUseId == null || toolUseId.isEmpty() || cwd == null) {
      return Result.NOT_APPLICABLE;
    }
    Optional<Path> common = git.commonDir(cwd);
    return common.isEmpty() ? Result.NOT_APPLICABLE : claimIn(common.get(), toolUseId);
  }

  /** Claims {@code toolUseId} in an already resolved git common dir. */
  public Result claimIn(Path commonDir, String toolUseId) {
    if (toolUseId == null || toolUseId.isEmpty()) {
      return Result.NOT_APPLICABLE;
    }
    Instant now = clock.instant();
    collectGarbage(commonDir, now);
    Path sentinel = commonDir.resolve(PREFIX + sanitize(toolUseId));
    try {
      Files.createFile(sentinel);
    } catch (FileAlreadyExistsException e) {
      return Result.ALREADY_CLAIMED;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Result.NOT_APPLICABLE;
    }
    stamp(sentinel, now);
    return Result.CLAIMED;
  }

  /** Every character outside {@code [A-Za-z0-9_-]} becomes {@code _}; the result is cut to 80 characters. */
  public static String sanitize(String toolUseId) {
    int length = Math.min(toolUseId.length(), MAX_ID_LENGTH);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = toolUseId.charAt(i);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
          || c == '-';
      sb.append(allowed ? c : '_');
    }
    return sb.toString();
  }

  /** Deletes sentinels whose mtime is more than {@link #MAX_AGE} before {@code now}; best effort. */
  void collectGarbage(Path commonDir, Instant now) {
    Instant cutoff = now.minus(MAX_AGE);
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(commonDir, PREFIX + "*")) {
      for (Path p : stream) {
        deleteIfOlder(p, cutoff);
      }
    } catch (IOException | RuntimeException e) {
      // GC is an optimisation; a failure here must not block the claim.
    }
  }

  private static void deleteIfOlder(Path p, Instant cutoff) {
    try {
      FileTime mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
      if (mtime.toInstant().isBefore(cutoff)) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | SecurityException e) {
      // Another spawn may have removed it first.
    }
  }

  /** Dates the sentinel with the injected clock so GC and claims agree on time (tests use a fixed clock). */
  private static void stamp(Path sentinel, Instant now) {
    try {
      Files.setLastModifiedTime(sentinel, FileTime.from(now));
    } catch (IOException | SecurityException e) {
      // The file's own creation time is a fine fallback.
    }
  }
}

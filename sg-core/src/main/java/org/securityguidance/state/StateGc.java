package org.securityguidance.state;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes abandoned session files (spec §5.6): state, lock and temp files untouched for 30 days in the state dir, and
 * legacy v1 lock files in the literal {@code ~/.claude}. Runs on about one invocation in ten; all errors are ignored.
 */
public final class StateGc {
  /** Share of invocations that collect. */
  public static final double PROBABILITY = 0.1;
  /** Files older than this are deleted. */
  public static final Duration MAX_AGE = Duration.ofDays(30);

  private StateGc() {}

  /** Collects when {@code roll} (uniform in [0,1)) falls under {@link #PROBABILITY}; returns files deleted. */
  public static int maybeCollect(double roll, Path stateDir, Path home, Instant now) {
    if (roll >= PROBABILITY) {
      return 0;
    }
    Instant cutoff = now.minus(MAX_AGE);
    return sweep(stateDir, "*.{json,lock,tmp}", cutoff) + sweep(home.resolve(".claude"), "*.lock", cutoff);
  }

  private static int sweep(Path dir, String glob, Instant cutoff) {
    int deleted = 0;
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, SessionStore.PREFIX + glob)) {
      for (Path f : files) {
        try {
          if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
            Files.deleteIfExists(f);
            deleted++;
          }
        } catch (IOException | RuntimeException e) {
          // Best effort: another hook may hold or have removed it.
        }
      }
    } catch (IOException | RuntimeException e) {
      // Best effort (spec §5.6).
    }
    return deleted;
  }
}

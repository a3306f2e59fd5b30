package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The bootstrap's files in the state dir (spec §4.8) and the two ways they are written: atomically (temp file +
 * rename, so a reader never sees half a file) and by mtime (markers whose age is the whole message).
 */
public final class BootStateFiles {
  /** Held while a cache build runs; stale after 300 s. */
  public static final String SENTINEL = "jvm-boot.building";
  /** Written after a memory-class failure; blocks rebuilds for 24 h. */
  public static final String COOLDOWN = "jvm-boot.cooldown";
  /** The outcome code of the last detached rescue, emitted as {@code boot_last} by the next SessionStart. */
  public static final String LAST = "jvm-boot.last";
  /** key=value facts of the last bootstrap, for {@code doctor} (contract 4). */
  public static final String STATUS = "jvm-boot.status";
  /** The start-up archives and their index. */
  public static final String CACHE_DIR = "jvm-cache";

  private BootStateFiles() {}

  /** Replaces {@code file} with {@code text} through a temp file in the same directory and a rename. */
  public static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp." + ProcessHandle.current().pid());
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Sets the mtime to {@code now}, so age checks use the same clock that wrote the marker. */
  static void stamp(Path file, Instant now) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(now));
  }

  /** True when {@code file} exists and its mtime is less than {@code windowSeconds} before {@code now}. */
  static boolean youngerThan(Path file, Instant now, long windowSeconds) {
    try {
      Instant mtime = Files.getLastModifiedTime(file).toInstant();
      return now.getEpochSecond() - mtime.getEpochSecond() < windowSeconds;
    } catch (IOException e) {
      return false;
    }
  }
}

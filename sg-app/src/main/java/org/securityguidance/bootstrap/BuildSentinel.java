package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code jvm-boot.building} sentinel (spec §4.5 steps 4 and 7, §4.8): created with CREATE_NEW (O_EXCL), stale after
 * 300 s by mtime, and deleted only by its owner. The owner writes a random token into it and deletes the file only
 * while it still holds that token, so a build that outlived its sentinel never removes a newer builder's one.
 */
public final class BuildSentinel implements AutoCloseable {
  /** Spec §4.8: a sentinel older than this belongs to a builder that died. */
  public static final long STALE_SECONDS = 300;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final String token;

  private BuildSentinel(Path file, String token) {
    this.file = file;
    this.token = token;
  }

  /** True when {@code file} exists and is younger than {@link #STALE_SECONDS} at {@code now}. */
  public static boolean isFresh(Path file, Instant now) {
    return BootStateFiles.youngerThan(file, now, STALE_SECONDS);
  }

  /** Deletes {@code file} when it exists and is stale at {@code now}; returns whether it did. */
  public static boolean deleteIfStale(Path file, Instant now) throws IOException {
    if (!Files.exists(file) || isFresh(file, now)) {
      return false;
    }
    return Files.deleteIfExists(file);
  }

  /**
   * Takes the sentinel: empty when another process holds it (lost the O_EXCL race). Other I/O failures (read-only
   * state dir, full disk) propagate for classification.
   */
  public static Optional<BuildSentinel> acquire(Path file, Instant now) throws IOException {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    String token = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(raw);
    try {
      Files.write(file, token.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return Optional.empty();
    }
    BuildSentinel owned = new BuildSentinel(file, token);
    try {
      BootStateFiles.stamp(file, now);
    } catch (IOException e) {
      owned.close();
      throw e;
    }
    return Optional.of(owned);
  }

  /** The file this sentinel lives in. */
  public Path file() {
    return file;
  }

  /** Deletes the sentinel if it is still ours; never throws. */
  @Override
  public void close() {
    try {
      String held = Files.readString(file, StandardCharsets.US_ASCII);
      if (held.equals(token)) {
        Files.deleteIfExists(file);
      }
    } catch (NoSuchFileException e) {
      // Already gone (declared stale and removed by someone else): nothing of ours to delete.
    } catch (IOException | RuntimeException e) {
      // Best effort: a leftover sentinel goes stale after 300 s.
    }
  }
}

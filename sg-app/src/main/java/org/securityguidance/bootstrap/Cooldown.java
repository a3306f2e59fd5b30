package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The {@code jvm-boot.cooldown} marker (spec §4.5 step 6, §4.8): after a memory-class failure (signal kill or JVM out
 * of memory) no cache build is tried for 24 h, so a machine too small for the training run is not hit on every
 * session. Our own timeout never cools down (spec §4.6).
 */
public final class Cooldown {
  /** Spec §4.8: 86,400 s by mtime. */
  public static final long WINDOW_SECONDS = 86_400;

  private Cooldown() {}

  /** True when the marker exists and is younger than {@link #WINDOW_SECONDS} at {@code now}. */
  public static boolean active(Path marker, Instant now) {
    return BootStateFiles.youngerThan(marker, now, WINDOW_SECONDS);
  }

  /** Writes (or refreshes) the marker with mtime {@code now}; best effort, returns whether it worked. */
  public static boolean start(Path marker, Instant now) {
    try {
      if (!Files.exists(marker)) {
        Files.createFile(marker);
      }
      BootStateFiles.stamp(marker, now);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}

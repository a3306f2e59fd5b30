package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The NOOP probe of spec §4.5 step 5: is there an archive the launcher will really use for this runtime and jar? The
 * same rules as the launcher's bash ({@code sg_jvm_cache_args}): an index entry for exactly this java binary,
 * release line, jar path and jar SHA-256, a non-empty file, not changed after it was registered, jar not newer.
 */
public final class CacheProbe {
  private CacheProbe() {}

  /** The registered archive's file name for {@code target}, or empty. */
  public static Optional<String> registeredArchive(Path cacheDir, JvmTarget target) {
    Path index = cacheDir.resolve(JvmCacheIndex.FILE_NAME);
    for (JvmCacheIndex.Entry e : JvmCacheIndex.read(cacheDir)) {
      if (e.mode() == target.mode() && e.javaBin().equals(target.javaBin())
          && e.releaseLine().equals(target.releaseLine()) && e.jarPath().equals(target.jar().toString())
          && e.jarSha256().equals(target.jarSha256()) && usable(cacheDir.resolve(e.archive()), index, target.jar())) {
        return Optional.of(e.archive());
      }
    }
    return Optional.empty();
  }

  private static boolean usable(Path archive, Path index, Path jar) {
    try {
      return Files.isRegularFile(archive) && Files.size(archive) > 0
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(index)) <= 0
          && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) <= 0;
    } catch (IOException e) {
      return false;
    }
  }
}

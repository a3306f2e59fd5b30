package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.telemetry.boot.BootClassifier;
import org.securityguidance.telemetry.boot.BootErrKind;
import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootPhase;

/**
 * Turns a failed cache-generation child into a {@link BootFailure}: the shared classifier first (own timeout, signal,
 * the §4.6 text rules), then two refinements that only this step can make, because HotSpot words them badly:
 * a dump or mapping failure ends with "Error occurred during initialization of VM" (rule 24) even though the VM ran,
 * and a full disk says only "Unable to write to shared archive file" (measured on JDK 17 with a 64 KiB tmpfs).
 */
final class CacheFailures {
  /** Less usable space than this where the archive goes explains a failed dump (archives are 10–60 MB). */
  static final long LOW_SPACE_BYTES = 64L * 1024 * 1024;

  /** HotSpot's own words for an archive it could not write or map (JDK 17 and 25); never an option error. */
  private static final List<String> ARCHIVE_PHRASES = List.of("unable to write to shared archive",
      "error has occurred while processing the shared archive", "unable to use shared archive",
      "error has occurred while processing the aot cache", "unable to use aot cache");

  private CacheFailures() {}

  /** The failure of child {@code r}, which was writing or mapping an archive in {@code dir}. */
  static BootFailure classify(ProcessResult r, Path dir, String home) {
    if (!r.started()) {
      return BootClassifier.classifyStartFailure(BootPhase.CACHE, r.startError());
    }
    // stdout first: the tail that names the failure is the JVM's stderr.
    String captured = r.stdout() + "\n" + r.stderr();
    BootFailure f = BootClassifier.classifyProcess(BootPhase.CACHE, r.exitCode(), r.timedOut(), captured, false,
        home);
    BootErrKind err = f.err();
    if (err == BootErrKind.JVM_INIT_FAILED && mentionsArchive(captured)) {
      f = BootFailure.of(BootPhase.CACHE, BootErrKind.CACHE_FAILED);
      err = f.err();
    }
    if ((err == BootErrKind.CACHE_FAILED || err == BootErrKind.UNCATEGORIZED) && lowOnSpace(dir)) {
      return BootFailure.of(BootPhase.CACHE, BootErrKind.DISK_FULL);
    }
    return f;
  }

  /** A child that exited 0 without leaving an archive: out of space, or the JVM declined to dump. */
  static BootFailure noArchive(Path dir) {
    return BootFailure.of(BootPhase.CACHE, lowOnSpace(dir) ? BootErrKind.DISK_FULL : BootErrKind.CACHE_FAILED);
  }

  private static boolean mentionsArchive(String captured) {
    String lower = captured.toLowerCase(Locale.ROOT);
    return ARCHIVE_PHRASES.stream().anyMatch(lower::contains);
  }

  static boolean lowOnSpace(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace() < LOW_SPACE_BYTES;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}

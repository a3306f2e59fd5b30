package org.securityguidance.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of the last bootstrap run, kept in {@code <state>/jvm-boot.status} for {@code doctor} (issue 5,
 * contract 4): {@code key=value} lines, replaced atomically after every run. Integers only, plus the archive's file
 * name (never a full path, so no user name lands in a bug report pasted from {@code doctor}).
 *
 * @param ts epoch seconds when the run ended
 * @param run {@code session} (SessionStart) or {@code rescue} (detached, from PostToolUse)
 * @param outcome {@code boot}
 * @param phase {@code boot_phase}, 0 when the run did not fail
 * @param err {@code boot_err}, 0 when the run did not fail
 * @param exc {@code boot_exc}, 0 when none
 * @param errno {@code boot_errno}, 0 when none
 * @param rc {@code boot_rc}, 0 when none
 * @param jre {@code boot_jre}
 * @param cacheMode {@code boot_cache_mode}
 * @param archive the registered archive's file name, empty when none
 * @param ms duration of the run
 */
public record BootStatus(long ts, String run, int outcome, int phase, int err, int exc, int errno, int rc, int jre,
    int cacheMode, String archive, long ms) {

  private static final int MAX_BYTES = 8192;

  /** The file's text: one {@code key=value} per line, in a fixed order. */
  public String render() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ts", ts);
    m.put("run", run);
    m.put("outcome", outcome);
    m.put("phase", phase);
    m.put("err", err);
    m.put("exc", exc);
    m.put("errno", errno);
    m.put("rc", rc);
    m.put("jre", jre);
    m.put("cache_mode", cacheMode);
    m.put("archive", archive == null ? "" : archive);
    m.put("ms", ms);
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return b.toString();
  }

  /** Writes the status file atomically; best effort, returns whether it worked. */
  public boolean writeTo(Path stateDir) {
    try {
      BootStateFiles.writeAtomically(stateDir.resolve(BootStateFiles.STATUS), render());
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The key/value pairs of a status file, keys and values trimmed (unknown keys kept, malformed lines skipped); empty
   * when the file is absent, unreadable or larger than this writer ever makes it.
   */
  public static Optional<Map<String, String>> read(Path stateDir) {
    byte[] raw;
    try (InputStream in = Files.newInputStream(stateDir.resolve(BootStateFiles.STATUS))) {
      raw = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (raw.length > MAX_BYTES) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String(raw, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return Optional.of(out);
  }
}

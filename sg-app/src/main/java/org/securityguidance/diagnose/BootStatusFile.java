package org.securityguidance.diagnose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <state>/jvm-boot.status} (ISSUE5 contract 4), the key=value summary the bootstrap writes after every
 * run: {@code ts}, {@code outcome}, {@code phase}, {@code err}, {@code exc}, {@code errno}, {@code rc}, {@code jre},
 * {@code cache_mode} as integers and {@code archive} as a file name. Unknown keys and garbled lines are ignored.
 */
final class BootStatusFile {
  static final String FILE_NAME = "jvm-boot.status";

  /** Integer keys of the file, mapped to the metric keys of the SessionStart line they mirror (spec §4.7). */
  static final Map<String, String> METRIC_OF = Map.of("outcome", "boot", "phase", "boot_phase", "err", "boot_err",
      "exc", "boot_exc", "errno", "boot_errno", "rc", "boot_rc", "jre", "boot_jre", "cache_mode", "boot_cache_mode");

  private static final int MAX_BYTES = 16 * 1024;

  private BootStatusFile() {}

  /**
   * The file as a record in the metrics vocabulary ({@code boot}, {@code boot_phase}, …; the archive name under
   * {@code archive}), or null when it is missing, unreadable or names no outcome.
   */
  static Parsed read(Path stateDir) {
    Path file = stateDir.resolve(FILE_NAME);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return null;
      }
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The parsed contents. */
  record Parsed(long ts, Map<String, Object> metrics, String archive) {}

  static Parsed parse(List<String> lines) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    long ts = 0;
    String archive = null;
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (key.equals("archive")) {
        archive = value.isEmpty() || value.length() > 200 ? null : value;
      } else if (key.equals("ts") && value.matches("[0-9]{1,12}")) {
        ts = Long.parseLong(value);
      } else if (METRIC_OF.containsKey(key) && value.matches("-?[0-9]{1,9}")) {
        metrics.put(METRIC_OF.get(key), Long.parseLong(value));
      }
    }
    return metrics.containsKey("boot") ? new Parsed(ts, metrics, archive) : null;
  }
}

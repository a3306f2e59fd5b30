package org.securityguidance.diagnose;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.securityguidance.bootstrap.BootStateFiles;
import org.securityguidance.bootstrap.BootStatus;

/**
 * The bootstrap's {@code <state>/jvm-boot.status} (issue 5 contract 4, read by {@link BootStatus#read}) in the
 * metrics vocabulary {@code doctor} decodes: {@code ts}, the integer keys renamed to their SessionStart metric, and
 * the archive's file name. Values that are not the integers the writer writes are ignored.
 */
final class BootStatusFile {
  static final String FILE_NAME = BootStateFiles.STATUS;

  /** Integer keys of the file, mapped to the metric keys of the SessionStart line they mirror (spec §4.7). */
  static final Map<String, String> METRIC_OF = Map.of("outcome", "boot", "phase", "boot_phase", "err", "boot_err",
      "exc", "boot_exc", "errno", "boot_errno", "rc", "boot_rc", "jre", "boot_jre", "cache_mode", "boot_cache_mode");

  private BootStatusFile() {}

  /** The parsed contents. */
  record Parsed(long ts, Map<String, Object> metrics, String archive) {}

  /** The last bootstrap's status, or null when the file is missing, unreadable or names no outcome. */
  static Parsed read(Path stateDir) {
    return BootStatus.read(stateDir).map(BootStatusFile::parse).orElse(null);
  }

  static Parsed parse(Map<String, String> pairs) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    long ts = 0;
    String archive = null;
    for (Map.Entry<String, String> e : pairs.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
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

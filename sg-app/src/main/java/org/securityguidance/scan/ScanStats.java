package org.securityguidance.scan;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counters of one scan: files listed and scanned, bytes scanned, files skipped per reason, and files on which the
 * rule engine failed (an infrastructure problem, never reported as a finding).
 */
public record ScanStats(int filesListed, int filesScanned, long bytesScanned, Map<SkipReason, Integer> skipped,
    int filesFailed) {

  public ScanStats {
    EnumMap<SkipReason, Integer> all = new EnumMap<>(SkipReason.class);
    for (SkipReason r : SkipReason.values()) {
      all.put(r, skipped.getOrDefault(r, 0));
    }
    skipped = java.util.Collections.unmodifiableMap(all);
  }

  /** These counters with {@code count} more unreadable entries (e.g. directories the listing could not open). */
  public ScanStats plusUnreadable(int count) {
    Map<SkipReason, Integer> more = new EnumMap<>(skipped);
    more.merge(SkipReason.UNREADABLE, count, Integer::sum);
    return new ScanStats(filesListed, filesScanned, bytesScanned, more, filesFailed);
  }

  public int skipped(SkipReason reason) {
    return skipped.get(reason);
  }
}

package org.securityguidance.review.scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed fields of {@code git status --porcelain=v1 -uall -z} (spec §3.3 step 1): tracked files with any change,
 * untracked files, and for renames/copies the origin path of each new path.
 *
 * @param trackedDirty repo-relative paths whose status is anything but {@code ??}
 * @param untracked repo-relative paths with status {@code ??}
 * @param origins new path → origin path, for rename and copy entries
 */
record StatusEntries(Set<String> trackedDirty, Set<String> untracked, Map<String, String> origins) {

  StatusEntries {
    trackedDirty = Collections.unmodifiableSet(new LinkedHashSet<>(trackedDirty));
    untracked = Collections.unmodifiableSet(new LinkedHashSet<>(untracked));
    origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }

  /**
   * Parses NUL-separated porcelain v1 fields: {@code XY path}, and for a rename or copy (R or C in X or Y) the next
   * field is the origin path. Malformed fields (shorter than {@code "XY p"}) are skipped.
   */
  static StatusEntries parse(List<String> fields) {
    Set<String> tracked = new LinkedHashSet<>();
    Set<String> untracked = new LinkedHashSet<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (field.length() < 4 || field.charAt(2) != ' ') {
        continue;
      }
      String xy = field.substring(0, 2);
      String path = field.substring(3);
      if (xy.equals("??")) {
        untracked.add(path);
      } else if (!xy.equals("!!")) {
        tracked.add(path);
        if (isRenameOrCopy(xy) && i + 1 < fields.size()) {
          origins.put(path, fields.get(++i));
        }
      }
    }
    return new StatusEntries(tracked, untracked, origins);
  }

  private static boolean isRenameOrCopy(String xy) {
    return xy.indexOf('R') >= 0 || xy.indexOf('C') >= 0;
  }
}

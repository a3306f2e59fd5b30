package org.securityguidance.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * All non-overlapping hits of one regex in a file, found in a single pass and then queried per call window by binary
 * search. This keeps argument checks linear even when a file holds 100,000 calls (e.g. {@code subprocess.run(}
 * repeated), where searching each window separately would be quadratic.
 */
final class HitIndex {
  private final int[] starts;
  private final int[] ends;
  private final String[] groups;

  private HitIndex(int[] starts, int[] ends, String[] groups) {
    this.starts = starts;
    this.ends = ends;
    this.groups = groups;
  }

  /** Indexes {@code regex} over the guarded text; with {@code keepGroup1} the first capture group is kept too. */
  static HitIndex build(LazyRegex regex, RegexGuard guard, boolean keepGroup1) {
    CodeLexer.IntList s = new CodeLexer.IntList();
    CodeLexer.IntList e = new CodeLexer.IntList();
    List<String> g = keepGroup1 ? new ArrayList<>() : null;
    Matcher m = guard.matcher(regex.pattern());
    while (m.find()) {
      s.add(m.start());
      e.add(m.end());
      if (g != null) {
        g.add(m.groupCount() >= 1 ? m.group(1) : null);
      }
    }
    return new HitIndex(s.toArray(), e.toArray(), g == null ? null : g.toArray(new String[0]));
  }

  /** Whether a hit lies entirely inside {@code [from, to)}. Hit ends increase with starts, so the first one decides. */
  boolean anyWithin(int from, int to) {
    int i = firstAtOrAfter(from);
    return i < starts.length && ends[i] <= to;
  }

  /** Whether a hit starting in {@code [from, to)} captured exactly {@code group1}; looks at no more than 64 hits. */
  boolean anyWithGroup(int from, int to, String group1) {
    int i = firstAtOrAfter(from);
    for (int k = 0; k < 64 && i < starts.length && starts[i] < to; k++, i++) {
      if (group1.equals(groups[i])) {
        return true;
      }
    }
    return false;
  }

  private int firstAtOrAfter(int from) {
    int i = Arrays.binarySearch(starts, from);
    return i >= 0 ? i : -i - 1;
  }
}

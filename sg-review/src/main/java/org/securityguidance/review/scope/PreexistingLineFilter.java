package org.securityguidance.review.scope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stops a whole-file rewrite from presenting untouched code as new (spec §3.7): within each hunk, an added line whose
 * text equals a removed line's text becomes a context line and that one removed line is dropped.
 *
 * <p>Design note: this improves on the original's known imprecision (spec §13.13). Lines are matched one-to-one
 * (a multiset, so one removal cannot hide several identical additions), only trailing whitespace and CR are ignored
 * (re-indenting code into a new scope stays visible), and matching stays within a hunk, so each pair removes one old
 * line and keeps one line on both sides: the hunk header counts remain correct without being recomputed.
 */
public final class PreexistingLineFilter {
  private PreexistingLineFilter() {}

  /** The file with re-added lines turned into context; the same instance when nothing matched. */
  public static FileDiff apply(FileDiff file) {
    List<String> lines = splitLines(file.content());
    BitSet dropped = new BitSet(lines.size());
    BitSet toContext = new BitSet(lines.size());
    int hunkStart = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || (i > hunkStart && lines.get(i).startsWith("@@"))) {
        matchHunk(lines, hunkStart, i, dropped, toContext);
        hunkStart = i;
      }
    }
    if (toContext.isEmpty()) {
      return file;
    }
    return new FileDiff(file.path(), rebuild(lines, dropped, toContext), file.newFile(), file.truncatedChars());
  }

  /** True when the content still adds or removes at least one line. */
  public static boolean hasChanges(String content) {
    for (String line : splitLines(content)) {
      if (!line.isEmpty() && (line.charAt(0) == '+' || line.charAt(0) == '-')) {
        return true;
      }
    }
    return false;
  }

  private static void matchHunk(List<String> lines, int from, int to, BitSet dropped, BitSet toContext) {
    Map<String, ArrayDeque<Integer>> removed = new HashMap<>();
    for (int i = from; i < to; i++) {
      if (lines.get(i).startsWith("-")) {
        removed.computeIfAbsent(key(lines.get(i)), k -> new ArrayDeque<>()).add(i);
      }
    }
    if (removed.isEmpty()) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (!lines.get(i).startsWith("+")) {
        continue;
      }
      ArrayDeque<Integer> same = removed.get(key(lines.get(i)));
      if (same != null && !same.isEmpty()) {
        int minus = same.poll();
        dropped.set(minus);
        if (minus + 1 < to && lines.get(minus + 1).startsWith("\\")) {
          dropped.set(minus + 1); // its "\ No newline at end of file" note goes with it
        }
        toContext.set(i);
      }
    }
  }

  private static String rebuild(List<String> lines, BitSet dropped, BitSet toContext) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (dropped.get(i)) {
        continue;
      }
      String line = lines.get(i);
      out.append(toContext.get(i) ? " " + line.substring(1) : line);
    }
    return out.toString();
  }

  /** The line's text without its +/- marker, trailing whitespace and line terminator. */
  private static String key(String line) {
    int end = line.length();
    while (end > 1 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(1, end);
  }

  /** Lines with their terminators, so rebuilding is byte-faithful. */
  private static List<String> splitLines(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < content.length()) {
      int nl = content.indexOf('\n', start);
      int end = nl < 0 ? content.length() : nl + 1;
      lines.add(content.substring(start, end));
      start = end;
    }
    return lines;
  }
}

package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.securityguidance.review.prompt.Texts;

/**
 * The lines a quote may be found in — a diff's added and context lines with their new-file numbers, or a file's
 * current content — whitespace-normalised for matching line by line and across lines.
 */
final class SourceText {
  /** Occurrences looked at per search; a quote that short is found anyway, more positions add nothing. */
  static final int MAX_OCCURRENCES = 1000;

  private final List<Line> lines;
  private final String joined;
  private final int[] starts;
  private final int[] lineOfStart;

  /** One searchable line: new-file number (0 when unknown), normalised text, whether the change added it. */
  record Line(int number, String norm, boolean added) {}

  private SourceText(List<Line> lines) {
    this.lines = lines;
    StringBuilder sb = new StringBuilder();
    int[] s = new int[lines.size()];
    int[] idx = new int[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      String norm = lines.get(i).norm();
      if (!norm.isEmpty()) {
        s[n] = sb.length();
        idx[n++] = i;
        sb.append(norm).append(' ');
      }
    }
    this.joined = sb.toString();
    this.starts = Arrays.copyOf(s, n);
    this.lineOfStart = Arrays.copyOf(idx, n);
  }

  /** Whitespace runs (and invisible bidi/control characters) collapsed, as applied to both quote and source. */
  static String norm(String s) {
    return Texts.oneLine(Texts.stripControls(s));
  }

  static SourceText ofContent(String content) {
    List<Line> out = new ArrayList<>();
    String[] raw = content.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      out.add(new Line(i + 1, norm(raw[i]), false));
    }
    return new SourceText(out);
  }

  /** Added and context lines of unified-diff hunks; headers, removed lines and in-band notes are skipped. */
  static SourceText ofDiff(String diff, boolean newFile) {
    List<Line> out = new ArrayList<>();
    String[] raw = diff.split("\n", -1);
    int next = 1;
    boolean numbered = newFile;
    boolean inHunk = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      if (line.startsWith("@@")) {
        int start = newStart(line);
        numbered = start >= 0;
        next = Math.max(start, 1);
        inHunk = true;
      } else if (!inHunk && isFileHeader(raw, i, line)) {
        continue;
      } else if (line.startsWith("+") || line.startsWith(" ") || (inHunk && line.isEmpty())) {
        String text = line.isEmpty() ? "" : line.substring(1);
        out.add(new Line(numbered ? next : 0, norm(text), line.startsWith("+")));
        next++;
      }
    }
    return new SourceText(out);
  }

  private static boolean isFileHeader(String[] raw, int i, String line) {
    if (line.startsWith("--- ")) {
      return i + 1 < raw.length && raw[i + 1].startsWith("+++ ");
    }
    if (line.startsWith("+++ ")) {
      return i > 0 && raw[i - 1].startsWith("--- ");
    }
    return false;
  }

  /** The {@code c} of {@code @@ -a,b +c,d @@}, or -1 when the header is malformed. */
  static int newStart(String header) {
    int plus = header.indexOf(" +", 2);
    if (plus < 0) {
      return -1;
    }
    long value = 0;
    int i = plus + 2;
    int digits = 0;
    while (i < header.length() && Character.isDigit(header.charAt(i)) && digits < 10) {
      value = value * 10 + (header.charAt(i++) - '0');
      digits++;
    }
    return digits == 0 || value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  /** Lines whose normalised text contains {@code needle}. */
  List<Line> linesContaining(String needle) {
    List<Line> found = new ArrayList<>();
    for (Line line : lines) {
      if (line.norm().contains(needle)) {
        found.add(line);
        if (found.size() >= MAX_OCCURRENCES) {
          break;
        }
      }
    }
    return found;
  }

  /** The line where each occurrence of {@code needle} in the joined text starts (a quote may span lines). */
  List<Line> occurrences(String needle) {
    List<Line> found = new ArrayList<>();
    int from = 0;
    while (found.size() < MAX_OCCURRENCES) {
      int at = joined.indexOf(needle, from);
      if (at < 0) {
        break;
      }
      int k = Arrays.binarySearch(starts, at);
      int startIndex = k >= 0 ? k : -k - 2;
      found.add(lines.get(lineOfStart[Math.max(startIndex, 0)]));
      from = at + 1;
    }
    return found;
  }
}

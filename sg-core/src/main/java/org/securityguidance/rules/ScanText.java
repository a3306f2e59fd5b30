package org.securityguidance.rules;

import java.util.Arrays;

/**
 * One file's text prepared for scanning: the raw content, its normalised path, and an offset → line/column index.
 * Built once per file and shared by every rule, so per-rule work stays a pure function of this value.
 */
public final class ScanText {
  private final String path;
  private final String text;
  private int[] lineStarts;

  public ScanText(String normalizedPath, String text) {
    this.path = normalizedPath;
    this.text = text;
  }

  /** The '/'-separated path without leading slashes, as the path gates see it. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** 1-based line of a character offset. */
  public int lineOf(int offset) {
    int[] starts = lineStarts();
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of a character offset. */
  public int columnOf(int offset) {
    return offset - lineStarts()[lineOf(offset) - 1] + 1;
  }

  /** A match record for {@code rule} at {@code [offset, offset+length)}. */
  public Match matchAt(Rule rule, int offset, int length) {
    return new Match(rule, lineOf(offset), columnOf(offset), offset, length);
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[n++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }
}

package org.securityguidance.review.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what one review sends (spec §5.7): each file to a per-file budget, all files together to a total budget,
 * in file order, with an in-band note wherever text was cut. Sizes are counted in code points, as the original
 * counted Python characters.
 */
public final class DiffCaps {
  /**
   * The capped files and how many characters of diff text were left out in total (metric {@code diff_truncated}).
   *
   * @param files the same files in order; {@link FileDiff#truncatedChars()} says how much each lost
   * @param truncatedChars sum of the characters left out
   */
  public record Capped(List<FileDiff> files, long truncatedChars) {
    public Capped {
      files = List.copyOf(files);
    }
  }

  private DiffCaps() {}

  /** Applies both budgets; never drops a file from the list (an omitted file keeps its name and a note). */
  public static Capped apply(List<FileDiff> files, int perFileChars, int totalChars) {
    List<FileDiff> out = new ArrayList<>(files.size());
    long used = 0;
    long truncated = 0;
    for (FileDiff f : files) {
      String content = f.content();
      int original = content.codePointCount(0, content.length());
      int delivered = original;
      if (original > perFileChars) {
        content = prefix(content, perFileChars) + note(original - perFileChars, "per-file size limit");
        delivered = perFileChars;
      }
      long room = totalChars - used;
      int length = content.codePointCount(0, content.length());
      if (room <= 0) {
        content = "[security-guidance: the diff of this file was left out: total size limit for one review]\n";
        delivered = 0;
      } else if (length > room) {
        delivered = (int) Math.min(delivered, room);
        content = prefix(content, (int) room) + note(original - delivered, "total size limit for one review");
      }
      used += content.codePointCount(0, content.length());
      truncated += original - delivered;
      out.add(new FileDiff(f.path(), content, f.newFile(), f.truncatedChars() + original - delivered));
    }
    return new Capped(out, truncated);
  }

  private static String note(long cut, String why) {
    return "\n[security-guidance: diff cut here, " + cut + " more characters not shown: " + why + "]\n";
  }

  /** The first {@code codePoints} code points of {@code s}. */
  private static String prefix(String s, int codePoints) {
    return s.substring(0, s.offsetByCodePoints(0, codePoints));
  }
}

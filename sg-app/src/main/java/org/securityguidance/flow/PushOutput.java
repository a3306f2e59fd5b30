package org.securityguidance.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code git push} printed (spec §7 steps 2–3): only the last {@code To <remote>} section counts (chained
 * {@code git fetch && git push} or {@code git pull} output around it is ignored), and within it the ref-update lines
 * ({@code   1a2b3c4..5d6e7f8  main -> main}, forced {@code + a...b}), new branches and "Everything up-to-date".
 * Pure text; every pattern is bounded.
 */
final class PushOutput {
  static final int MAX_OUTPUT_CHARS = 1024 * 1024;

  private static final Pattern RANGE = Pattern.compile(
      "^[ \\t]{0,20}\\+?[ \\t]{0,20}([0-9a-f]{7,64})\\.\\.\\.?([0-9a-f]{7,64})[ \\t]{1,100}(\\S{1,500})[ \\t]{1,100}->"
          + "[ \\t]{1,100}\\S{1,500}", Pattern.MULTILINE);
  private static final Pattern NEW_BRANCH = Pattern.compile(
      "^[ \\t]{0,20}\\*[ \\t]{1,20}\\[new branch\\][ \\t]{1,100}(\\S{1,500})[ \\t]{1,100}->[ \\t]{1,100}\\S{1,500}",
      Pattern.MULTILINE);
  private static final String UP_TO_DATE = "Everything up-to-date";

  /**
   * One ref update.
   *
   * @param oldTip the remote's previous tip (abbreviated)
   * @param newTip the pushed tip (abbreviated)
   * @param localRef the local side of {@code local -> remote}
   */
  record RangeLine(String oldTip, String newTip, String localRef) {}

  /**
   * The parsed push section.
   *
   * @param ranges ref updates
   * @param newBranches local refs pushed as new remote branches
   * @param upToDate git said nothing needed pushing
   */
  record Parsed(List<RangeLine> ranges, List<String> newBranches, boolean upToDate) {
    Parsed {
      ranges = List.copyOf(ranges);
      newBranches = List.copyOf(newBranches);
    }
  }

  private PushOutput() {}

  static Parsed parse(String stdout, String stderr) {
    String text = bounded(stdout) + "\n" + bounded(stderr);
    String section = section(text);
    List<RangeLine> ranges = new ArrayList<>();
    Matcher m = RANGE.matcher(section);
    while (m.find()) {
      ranges.add(new RangeLine(m.group(1), m.group(2), m.group(3)));
    }
    List<String> branches = new ArrayList<>();
    Matcher b = NEW_BRANCH.matcher(section);
    while (b.find()) {
      branches.add(b.group(1));
    }
    return new Parsed(ranges, branches, section.contains(UP_TO_DATE));
  }

  /** From the last line starting {@code To } up to the next line starting {@code From }; all when there is none. */
  static String section(String text) {
    int to = text.startsWith("To ") ? 0 : -1;
    int at = text.lastIndexOf("\nTo ");
    if (at >= 0) {
      to = at + 1;
    }
    if (to < 0) {
      return text;
    }
    int from = text.indexOf("\nFrom ", to);
    return from < 0 ? text.substring(to) : text.substring(to, from + 1);
  }

  private static String bounded(String s) {
    return s.length() > MAX_OUTPUT_CHARS ? s.substring(s.length() - MAX_OUTPUT_CHARS) : s;
  }
}

package org.securityguidance.agent.tools;

import com.google.re2j.Pattern;
import java.util.HashSet;
import java.util.Set;

/** The running state of one Grep call: output, counts, skips and why it stopped early (if it did). */
final class GrepRun {
  enum Stop {
    MATCH_LIMIT("match limit reached; narrow the pattern, path or glob"),
    OUTPUT_FULL("output size limit reached; narrow the pattern, path or glob"),
    FILE_LIMIT("file limit reached; search a narrower path"),
    BYTE_LIMIT("byte budget reached; search a narrower path"),
    DEADLINE("time limit reached; search a narrower path");

    final String note;

    Stop(String note) {
      this.note = note;
    }
  }

  private final Pattern pattern;
  private final int maxMatches;
  private final BoundedOutput out;
  private final Deadline deadline;
  private final Set<String> filesWithMatches = new HashSet<>();
  private final Set<String> visited = new HashSet<>();
  private int matches;
  private int filesExamined;
  private int filesOpened;
  private long bytesRead;
  private int skippedBinary;
  private int skippedLarge;
  private int skippedUnreadable;
  private Stop stop;

  GrepRun(Pattern pattern, int maxMatches, BoundedOutput out, Deadline deadline) {
    this.pattern = pattern;
    this.maxMatches = maxMatches;
    this.out = out;
    this.deadline = deadline;
  }

  Pattern pattern() {
    return pattern;
  }

  Deadline deadline() {
    return deadline;
  }

  Stop stopReason() {
    if (stop == null && deadline.passed()) {
      stop = Stop.DEADLINE;
    }
    return stop;
  }

  void stop(Stop reason) {
    if (stop == null) {
      stop = reason;
    }
  }

  boolean truncated() {
    return stop != null;
  }

  void match(String repoPath, String line) {
    if (!out.line(line)) {
      stop(Stop.OUTPUT_FULL);
      return;
    }
    matches++;
    filesWithMatches.add(repoPath);
    if (matches >= maxMatches) {
      stop(Stop.MATCH_LIMIT);
    }
  }

  int filesExamined() {
    return filesExamined;
  }

  /** True the first time a real file is seen. */
  boolean firstVisit(String repoPath) {
    return visited.add(repoPath);
  }

  void examined() {
    filesExamined++;
  }

  long bytesRead() {
    return bytesRead;
  }

  void opened(int bytes) {
    filesOpened++;
    bytesRead += bytes;
  }

  void skippedBinary() {
    skippedBinary++;
  }

  void skippedLarge() {
    skippedLarge++;
  }

  void skippedUnreadable() {
    skippedUnreadable++;
  }

  String finish(ToolLimits limits) {
    StringBuilder note = new StringBuilder();
    note.append(matches == 0 ? "[no matches" : "[" + matches + " match" + (matches == 1 ? "" : "es") + " in "
        + filesWithMatches.size() + " file" + (filesWithMatches.size() == 1 ? "" : "s"));
    note.append("; searched ").append(filesOpened).append(" file").append(filesOpened == 1 ? "" : "s");
    if (skippedBinary + skippedLarge + skippedUnreadable > 0) {
      note.append("; skipped ").append(skippedBinary).append(" binary, ").append(skippedLarge)
          .append(" over ").append(limits.grepFileBytes() / 1024).append(" KiB, ").append(skippedUnreadable)
          .append(" not readable (secret, ignored or missing)");
    }
    if (stop != null) {
      note.append("; stopped early: ").append(stop.note);
    }
    return out.finish(note.append(']').toString());
  }
}

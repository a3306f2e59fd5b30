package org.securityguidance.agent.tools;

/** Builds a tool result line by line within a UTF-8 byte budget, leaving room for closing notes. */
final class BoundedOutput {
  /** Space kept back for the trailer notes a tool appends after the body. */
  static final int NOTE_RESERVE = 1024;

  private final StringBuilder text = new StringBuilder();
  private final int bodyBudget;
  private int bytes;
  private boolean full;

  BoundedOutput(int resultBytes) {
    this.bodyBudget = Math.max(0, resultBytes - NOTE_RESERVE);
  }

  /** Appends {@code line} and a newline if it fits; otherwise marks the output full and returns false. */
  boolean line(String line) {
    if (full) {
      return false;
    }
    int size = Utf8.length(line) + 1;
    if (bytes + size > bodyBudget) {
      full = true;
      return false;
    }
    text.append(line).append('\n');
    bytes += size;
    return true;
  }

  /** True once a line did not fit. */
  boolean full() {
    return full;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** The body plus {@code note} (clipped to the reserve) on its own line when non-empty. */
  String finish(String note) {
    if (note == null || note.isEmpty()) {
      return text.toString();
    }
    String clipped = Utf8.prefix(note, NOTE_RESERVE / 3);
    return text + clipped;
  }
}

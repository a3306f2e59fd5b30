package org.securityguidance.scan;

/** Why a listed file was not scanned; the wire names appear in the JSON report. */
public enum SkipReason {
  /** A NUL byte in the first 8 KiB. */
  BINARY("binary"),
  /** Larger than {@code --max-file-size}. */
  TOO_LARGE("too_large"),
  /** Could not be opened or read (permissions, I/O error). */
  UNREADABLE("unreadable"),
  /** A symlink, special file or a file that vanished after listing; never followed or opened. */
  NOT_REGULAR("not_regular");

  private final String wireName;

  SkipReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}

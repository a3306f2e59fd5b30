package org.securityguidance.usage;

/** Which surface ran a review; the wire names match the original's {@code review_layer} values (spec §9.4). */
public enum ReviewLayer {
  STOP_REVIEW("stop_review"),
  COMMIT_REVIEW("commit_review"),
  PUSH_SWEEP("push_sweep"),
  /** {@code security-guidance review} outside Claude Code (new in this port). */
  CLI_REVIEW("cli_review");

  private final String wireName;

  ReviewLayer(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The layer with this wire name, or null. */
  public static ReviewLayer fromWire(String name) {
    for (ReviewLayer l : values()) {
      if (l.wireName.equals(name)) {
        return l;
      }
    }
    return null;
  }
}

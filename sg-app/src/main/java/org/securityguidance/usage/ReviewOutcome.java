package org.securityguidance.usage;

/** How a review ended, as recorded in the usage log. */
public enum ReviewOutcome {
  /** Verified findings were reported. */
  FINDINGS("findings"),
  /** The model answered and nothing survived verification. */
  CLEAN("clean"),
  /** No verdict (auth, refusal, network, bad reply…): never reported as clean. */
  UNAVAILABLE("unavailable");

  private final String wireName;

  ReviewOutcome(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The outcome with this wire name, or null. */
  public static ReviewOutcome fromWire(String name) {
    for (ReviewOutcome o : values()) {
      if (o.wireName.equals(name)) {
        return o;
      }
    }
    return null;
  }
}

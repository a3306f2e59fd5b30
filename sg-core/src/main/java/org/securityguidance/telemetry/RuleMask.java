package org.securityguidance.telemetry;

/**
 * The {@code rule_mask} metric: bit {@code id} set for every matched built-in rule (spec §4.4). Ids stay at or below
 * 52 so the mask is exactly representable as a JSON number (a double); other ids (user rules, -1) add nothing.
 */
public final class RuleMask {
  /** Highest id that fits in the exactly-representable range of a double. */
  public static final int MAX_ID = 52;

  private long mask;

  /** Adds one rule id; ids outside 1..52 are ignored. */
  public RuleMask add(int id) {
    if (id >= 1 && id <= MAX_ID) {
      mask |= 1L << id;
    }
    return this;
  }

  public long value() {
    return mask;
  }
}

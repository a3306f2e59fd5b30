package org.securityguidance.review.api;

import java.util.Map;

/**
 * Estimated USD cost of one call when the transport reports none (spec §9.2): $/MTok by the longest matching
 * model-id prefix, cache reads at 0.1× and cache writes at 1.25× the input price, unknown models at (3, 15).
 */
public final class PriceTable {
  /** Input and output price in USD per million tokens. */
  public record Price(double input, double output) {}

  static final Price UNKNOWN = new Price(3, 15);

  private static final Map<String, Price> PRICES = Map.of(
      "claude-haiku-4-5", new Price(1, 5),
      "claude-sonnet-4-6", new Price(3, 15),
      "claude-opus-4-6", new Price(15, 75),
      "claude-opus-4-7", new Price(5, 25),
      "claude-sonnet-5", new Price(3, 15),
      "claude-opus-5", new Price(5, 25));

  private PriceTable() {}

  /** The price of the longest listed prefix of the canonical model id, else {@link #UNKNOWN}. */
  public static Price priceFor(String model) {
    String id = Models.canonical(model);
    String best = null;
    for (String prefix : PRICES.keySet()) {
      if (id.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? UNKNOWN : PRICES.get(best);
  }

  /** The estimated cost of {@code usage} on {@code model}. */
  public static double cost(String model, Usage usage) {
    Price p = priceFor(model);
    double micro = usage.inputTokens() * p.input() + usage.outputTokens() * p.output()
        + usage.cacheReadTokens() * p.input() * 0.1 + usage.cacheWriteTokens() * p.input() * 1.25;
    return micro / 1_000_000d;
  }
}

package org.securityguidance.review.api;

/** Token counts of one API call (cache reads and writes separately, as the API reports them). */
public record Usage(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens) {
  public static final Usage NONE = new Usage(0, 0, 0, 0);

  public Usage plus(Usage other) {
    return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
        cacheReadTokens + other.cacheReadTokens, cacheWriteTokens + other.cacheWriteTokens);
  }
}

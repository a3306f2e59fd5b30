package org.securityguidance.review.api;

/**
 * Where the transport writes its debug lines (the hook's debug log in production, a list in tests). Callers pass
 * only reasons, codes, counts, header names and timings: never prompts, bodies, tokens, keys or header values.
 */
@FunctionalInterface
public interface TransportLog {
  /** A log that drops everything. */
  TransportLog NONE = message -> { };

  void log(String message);
}

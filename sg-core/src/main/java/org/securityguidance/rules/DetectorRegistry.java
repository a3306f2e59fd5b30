package org.securityguidance.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securityguidance.rules.secret.SecretDetector;

/**
 * Code detectors a catalog rule may name in its {@code detector} field. A rule whose detector is not registered is
 * left out of the rule set (never faked); {@link #AWAITED} lists names that are expected to land on another branch,
 * so full catalog validation tolerates them until then.
 */
final class DetectorRegistry {
  /** Prefilter keywords a detector guarantees to be sufficient (a text without any of them has no hit). */
  private static final Map<String, List<String>> KEYWORDS =
      Map.of("hardcoded_secret", SecretDetector.prefilterKeywords());

  /** Detector names whose implementation is still on its way (none at the moment). */
  static final Set<String> AWAITED = Set.of();

  private DetectorRegistry() {}

  /** The detector's own prefilter keywords, used when its catalog entry lists none. */
  static List<String> keywords(String name) {
    return KEYWORDS.getOrDefault(name, List.of());
  }

  static Optional<Detector> create(String name) {
    // A plain comparison, not a map of constructor references: no lambda on the hook path (ADR 0008).
    return "hardcoded_secret".equals(name) ? Optional.of(new SecretDetector()) : Optional.empty();
  }
}

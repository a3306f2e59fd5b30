package org.securityguidance.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Code detectors a catalog rule may name in its {@code detector} field. A rule whose detector is not registered is
 * left out of the rule set (never faked); {@link #AWAITED} lists names that are expected to land on another branch,
 * so full catalog validation tolerates them until then.
 */
final class DetectorRegistry {
  private static final Map<String, Supplier<Detector>> DETECTORS = Map.of();

  /** Detector names whose implementation is still on its way (see the issue "Secrets"). */
  static final Set<String> AWAITED = Set.of("hardcoded_secret");

  private DetectorRegistry() {}

  static Optional<Detector> create(String name) {
    Supplier<Detector> s = DETECTORS.get(name);
    return s == null ? Optional.empty() : Optional.of(s.get());
  }
}

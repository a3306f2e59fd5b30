package org.securityguidance.scan;

import java.util.List;
import org.securityguidance.rules.Rule;

/**
 * The rules one scan runs with (catalog order, user rules last) and the engine that applies them. The list is what
 * reports show as rule descriptors; the matcher is what workers call.
 */
public record ActiveRules(List<Rule> rules, MatchSource matcher) {
  public ActiveRules {
    rules = List.copyOf(rules);
  }
}

package org.securityguidance.scan;

import java.util.List;
import org.securityguidance.rules.Match;

/**
 * The rule engine as the scanner sees it: every match of every rule in one file. Production code passes
 * {@code RuleSet::allMatches}; implementations must be thread-safe because files are scanned in parallel.
 */
@FunctionalInterface
public interface MatchSource {
  List<Match> allMatches(String rawPath, String content);
}

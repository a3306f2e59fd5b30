package org.securityguidance.remind;

import java.util.List;
import org.securityguidance.rules.Match;

/**
 * The slice of the rule engine the hooks use: each matching rule once, in catalog order (built-ins, then user rules).
 * In production this is {@code RuleSet::firstMatches} of the session's rule set.
 */
@FunctionalInterface
public interface PatternMatcher {
  List<Match> firstMatches(String rawPath, String content);
}

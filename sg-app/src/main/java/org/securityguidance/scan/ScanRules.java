package org.securityguidance.scan;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.rules.user.UserRules;

/**
 * The production rule set of a scan: the built-in catalog, then the user's and the scan root's
 * {@code security-patterns} rules, minus the names in {@code SG_DISABLE_RULES} (the same composition as the hooks,
 * with the scan root standing in for the session's working directory).
 */
public final class ScanRules {
  private ScanRules() {}

  /**
   * Loads the rules; {@code notes} receives one content-free line per skipped user-rule file or entry and per
   * disabled name that matches no rule (a typo would otherwise silently keep the rule on).
   */
  public static ActiveRules load(Path root, Path home, Set<String> disabled, Consumer<String> notes) {
    List<Rule> user = UserRules.load(home, root, notes);
    RuleSet all = RuleSet.builtin().withExtraRules(user);
    Set<String> known = new HashSet<>();
    for (Rule r : all.rules()) {
      known.add(r.name());
    }
    for (String name : new TreeSet<>(disabled)) {
      if (!known.contains(name)) {
        notes.accept("SG_DISABLE_RULES names no rule: " + name);
      }
    }
    RuleSet active = all.without(disabled);
    return new ActiveRules(active.rules(), active::allMatches);
  }
}

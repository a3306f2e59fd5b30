package org.securityguidance.remind;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.securityguidance.config.Settings;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.rules.user.UserRules;
import org.securityguidance.state.DebugLog;

/**
 * The rule set a session's hooks scan with: the built-in catalog, then the user's and the project's
 * {@code security-patterns} rules, minus the rules named in {@code SG_DISABLE_RULES}.
 */
public final class SessionRules {
  private SessionRules() {}

  /** The matcher for a hook whose stdin {@code cwd} is {@code cwd} ("" = none: only the user file is read). */
  public static PatternMatcher matcher(Settings settings, String cwd, DebugLog log) {
    RuleSet rules = RuleSet.builtin()
        .withExtraRules(UserRules.load(settings.home(), directory(cwd), new LogLines(log)))
        .without(settings.disabledRules());
    return new FirstMatches(rules);
  }

  // Named classes instead of method references: every lambda costs a cold hook JVM a spun class (ADR 0008).
  private record LogLines(DebugLog log) implements Consumer<String> {
    @Override
    public void accept(String line) {
      log.log(line);
    }
  }

  private record FirstMatches(RuleSet rules) implements PatternMatcher {
    @Override
    public List<Match> firstMatches(String rawPath, String content) {
      return rules.firstMatches(rawPath, content);
    }
  }

  private static Path directory(String cwd) {
    if (cwd == null || cwd.isEmpty()) {
      return null;
    }
    try {
      return Path.of(cwd);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}

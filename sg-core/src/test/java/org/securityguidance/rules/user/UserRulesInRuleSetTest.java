package org.securityguidance.rules.user;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;

/** Scenario 19 end to end through the engine the hook uses: user rules run after the built-ins on raw paths. */
class UserRulesInRuleSetTest {
  @TempDir Path home;

  @Test
  void userRulesFireAfterTheBuiltinsOnRawHookPaths() throws IOException {
    Files.createDirectories(home.resolve(".claude"));
    Files.writeString(home.resolve(".claude/security-patterns.yaml"), String.join("\n",
        "patterns:",
        "  - rule_name: no-md5",
        "    regex: 'hashlib\\.md5\\('",
        "    reminder: Avoid MD5",
        "    paths: ['*.py']",
        "    exclude_paths: ['*/tests/*']",
        "  - rule_name: sub",
        "    substrings: [TODO_SECRET]",
        "    reminder: secret marker",
        ""), UTF_8);
    List<String> log = new ArrayList<>();
    List<Rule> user = UserRules.load(home, null, log::add);
    RuleSet rules = RuleSet.builtin().withExtraRules(user);

    assertThat(rules.rules().subList(rules.rules().size() - 2, rules.rules().size())).containsExactlyElementsOf(user);
    assertThat(userNames(rules.firstMatches("/r/c.py", "h = hashlib.md5(b)  # TODO_SECRET")))
        .containsExactly("user:no-md5", "user:sub");
    assertThat(userNames(rules.firstMatches("/r/tests/c.py", "hashlib.md5(b)"))).isEmpty();
    assertThat(userNames(rules.firstMatches("C:\\r\\c.py", "hashlib.md5(b)"))).containsExactly("user:no-md5");
    assertThat(rules.allMatches("/r/c.py", "TODO_SECRET\nx = hashlib.md5(b)").stream()
        .filter(m -> m.rule().id() == -1).map(m -> m.rule().name() + "@" + m.line()))
        .containsExactly("user:sub@1", "user:no-md5@2");
    assertThat(log).isEmpty();
  }

  private static List<String> userNames(List<Match> matches) {
    return matches.stream().map(m -> m.rule().name()).filter(n -> n.startsWith("user:")).toList();
  }
}

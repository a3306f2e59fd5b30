package org.securityguidance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.testing.TempTree;

/** The production rule set of a scan, against the real catalog and real pattern files. */
class ScanRulesTest {
  @TempDir Path tmp;

  private final List<String> notes = new ArrayList<>();

  private static List<String> names(ActiveRules rules) {
    return rules.rules().stream().map(Rule::name).toList();
  }

  @Test
  void withoutUserFilesItIsTheCatalog() {
    ActiveRules rules = ScanRules.load(tmp.resolve("root"), tmp.resolve("home"), Set.of(), notes::add);
    assertThat(names(rules)).isEqualTo(RuleSet.builtin().rules().stream().map(Rule::name).toList());
    assertThat(notes).isEmpty();
  }

  @Test
  void disabledNamesAreDroppedAndUnknownOnesNoted() {
    ActiveRules rules = ScanRules.load(tmp, tmp.resolve("home"), Set.of("eval_injection", "evil_injection"),
        notes::add);
    assertThat(names(rules)).doesNotContain("eval_injection").contains("pickle_deserialization");
    assertThat(notes).containsExactly("SG_DISABLE_RULES names no rule: evil_injection");
    assertThat(rules.matcher().allMatches("/r/a.py", "x = eval(data)\n")).isEmpty();
  }

  @Test
  void userRulesOfTheScanRootAndTheHomeDirectoryComeAfterTheCatalog() throws Exception {
    Path root = tmp.resolve("root");
    Path home = tmp.resolve("home");
    TempTree.write(home, ".claude/security-patterns.json",
        "{\"patterns\":[{\"rule_name\":\"no-md5\",\"regex\":\"hashlib\\\\.md5\\\\(\",\"reminder\":\"Avoid MD5\","
            + "\"exclude_paths\":[\"*/tests/*\"]}]}");
    TempTree.write(root, ".claude/security-patterns.json",
        "{\"patterns\":[{\"rule_name\":\"todo\",\"substrings\":[\"TODO_SECRET\"],\"reminder\":\"marker\"}]}");
    ActiveRules rules = ScanRules.load(root, home, Set.of("user:todo"), notes::add);
    assertThat(names(rules)).endsWith("user:no-md5").doesNotContain("user:todo");
    assertThat(rules.matcher().allMatches(root.resolve("a.py").toString(), "h = hashlib.md5(b)\n"))
        .extracting(m -> m.rule().name()).containsExactly("user:no-md5");
    assertThat(rules.matcher().allMatches(root.resolve("tests/a.py").toString(), "h = hashlib.md5(b)\n")).isEmpty();
  }

  @Test
  void aBrokenUserFileIsANoteNotAFailure() throws Exception {
    TempTree.write(tmp, ".claude/security-patterns.json", "{ not json");
    ActiveRules rules = ScanRules.load(tmp, tmp.resolve("home"), Set.of(), notes::add);
    assertThat(rules.rules()).hasSameSizeAs(RuleSet.builtin().rules());
    assertThat(notes).singleElement().asString().contains("security-patterns").contains("skipped");
  }
}

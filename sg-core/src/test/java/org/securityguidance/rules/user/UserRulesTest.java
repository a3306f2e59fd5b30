package org.securityguidance.rules.user;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.ScanText;

class UserRulesTest {
  private static final String SCENARIO_19 = "{\"patterns\":["
      + "{\"rule_name\":\"no-md5\",\"regex\":\"hashlib\\\\.md5\\\\(\",\"reminder\":\"Avoid MD5\","
      + "\"paths\":[\"*.py\"],\"exclude_paths\":[\"*/tests/*\"]},"
      + "{\"rule_name\":\"sub\",\"substrings\":[\"TODO_SECRET\"],\"reminder\":\"secret marker\"},"
      + "{\"rule_name\":\"redos\",\"regex\":\"(a+)+b\",\"reminder\":\"x\"},"
      + "{\"rule_name\":\"bad\",\"regex\":\"(\",\"reminder\":\"x\"},"
      + "{\"rule_name\":\"pathstr\",\"regex\":\"x\",\"reminder\":\"y\",\"paths\":\"*.py\"}]}";

  @TempDir Path home;
  @TempDir Path cwd;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void dirs() throws IOException {
    Files.createDirectories(home.resolve(".claude"));
    Files.createDirectories(cwd.resolve(".claude"));
  }

  private void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(".claude").resolve(name), text, UTF_8);
  }

  private List<Rule> load() {
    return UserRules.load(home, cwd, log::add);
  }

  private static List<String> names(List<Rule> rules) {
    return rules.stream().map(Rule::name).toList();
  }

  /** Rules that fire on this file, the way the hook asks (gate, then first match). */
  private static List<String> firing(List<Rule> rules, String path, String content) {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      List<Match> matches = new ArrayList<>();
      if (r.appliesTo(path)) {
        r.scan(new ScanText(path, content), true, matches);
      }
      if (!matches.isEmpty()) {
        out.add(r.name());
      }
    }
    return out;
  }

  @Test
  void scenario19LoadsTheGoodEntriesAndLogsEachSkippedOne() throws IOException {
    write(home, "security-patterns.json", SCENARIO_19);
    List<Rule> rules = UserRules.load(home, null, log::add);

    // (a+)+b is accepted: RE2/J matches in linear time, so the original's ReDoS heuristic no longer applies.
    assertThat(names(rules)).containsExactly("user:no-md5", "user:sub", "user:redos");
    assertThat(rules).allSatisfy(r -> assertThat(r.id()).isEqualTo(-1));
    assertThat(rules.get(0).reminder()).isEqualTo("Avoid MD5");
    assertThat(rules.get(0).title()).isEqualTo("no-md5");
    assertThat(rules.get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(log).anySatisfy(l -> assertThat(l).contains("'bad' skipped").contains("does not compile"))
        .anySatisfy(l -> assertThat(l).contains("'pathstr' skipped").contains("'paths' must be a list"));

    assertThat(firing(rules, "r/c.py", "h = hashlib.md5(b)  # TODO_SECRET"))
        .containsExactly("user:no-md5", "user:sub");
    assertThat(firing(rules, "r/tests/c.py", "hashlib.md5(b)")).isEmpty();
    assertThat(firing(rules, "r/c.js", "hashlib.md5(b)")).isEmpty();
  }

  @Test
  void yamlAndJsonSpellingsOfTheSameRulesAreEquivalent() throws IOException {
    write(home, "security-patterns.json", SCENARIO_19);
    List<Rule> fromJson = UserRules.load(home, null, log::add);
    Files.delete(home.resolve(".claude/security-patterns.json"));
    write(home, "security-patterns.yml", String.join("\n",
        "patterns:",
        "  - rule_name: no-md5",
        "    regex: 'hashlib\\.md5\\('",
        "    reminder: Avoid MD5",
        "    paths: ['*.py']",
        "    exclude_paths:",
        "      - '*/tests/*'",
        "  - rule_name: sub",
        "    substrings: [TODO_SECRET]",
        "    reminder: |-",
        "      secret marker",
        "  - {rule_name: redos}  # flow mappings are outside the subset",
        ""));
    assertThat(UserRules.load(home, null, log::add)).isEmpty();
    assertThat(log).anySatisfy(l -> assertThat(l).contains("security-patterns.yml: file skipped")
        .contains("line 12").contains("flow mappings"));

    String yaml = Files.readString(home.resolve(".claude/security-patterns.yml"))
        .replace("  - {rule_name: redos}  # flow mappings are outside the subset\n",
            "  - rule_name: redos\n    regex: (a+)+b\n    reminder: x\n");
    write(home, "security-patterns.yml", yaml);
    List<Rule> fromYaml = UserRules.load(home, null, log::add);
    assertThat(describe(fromYaml)).isEqualTo(describe(fromJson));
  }

  private static List<String> describe(List<Rule> rules) {
    return rules.stream().map(r -> {
      UserRule u = (UserRule) r;
      return u.name() + "|" + u.reminder() + "|" + u.regexSource() + "|" + u.substrings() + "|" + u.severity()
          + "|" + u.appliesTo("r/c.py") + u.appliesTo("r/tests/c.py") + u.appliesTo("c.js");
    }).toList();
  }

  @Test
  void locationsAreReadInOrderAndTheFirstDefinitionOfANameWins() throws IOException {
    write(home, "security-patterns.json", rulesJson("u", 2, "user"));
    write(cwd, "security-patterns.yaml", "patterns:\n  - {rule_name: x}\n");
    write(cwd, "security-patterns.json", rulesJson("p", 2, "project") .replace("\"p1\"", "\"u0\""));
    write(cwd, "security-patterns.local.json", rulesJson("l", 1, "local"));
    List<Rule> rules = load();
    assertThat(names(rules)).containsExactly("user:u0", "user:u1", "user:p0", "user:l0");
    assertThat(rules.get(0).reminder()).isEqualTo("user 0");
    assertThat(((UserRule) rules.get(2)).source()).isEqualTo(cwd.resolve(".claude/security-patterns.json"));
    assertThat(log).anySatisfy(l -> assertThat(l).contains("security-patterns.yaml: file skipped"))
        .anySatisfy(l -> assertThat(l).contains("'u0' skipped: rule_name already defined"));
  }

  @Test
  void theFirstExtensionThatParsesWinsPerLocation() throws IOException {
    write(cwd, "security-patterns.yaml", rulesYaml("a", 1));
    write(cwd, "security-patterns.yml", rulesYaml("b", 1));
    write(cwd, "security-patterns.json", rulesJson("c", 1, "r"));
    assertThat(names(load())).containsExactly("user:a0");
  }

  @Test
  void atMostFiftyRulesAcrossLocationsAndLaterLocationsAreNotReadOnceFull() throws IOException {
    write(home, "security-patterns.json", rulesJson("u", 30, "r"));
    write(cwd, "security-patterns.json", rulesJson("p", 30, "r"));
    write(cwd, "security-patterns.local.json", "not even json");
    List<Rule> rules = load();
    assertThat(rules).hasSize(UserRules.MAX_RULES);
    assertThat(rules.get(49).name()).isEqualTo("user:p19");
    assertThat(log).anySatisfy(l -> assertThat(l).contains("10 pattern(s) ignored: at most 50"))
        .noneSatisfy(l -> assertThat(l).contains("security-patterns.local.json"));
  }

  @Test
  void aBadFileInOneLocationDoesNotCostTheOthers() throws IOException {
    Files.write(home.resolve(".claude/security-patterns.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    write(cwd, "security-patterns.json", "[{\"rule_name\":\"x\"}]");
    write(cwd, "security-patterns.local.yaml", rulesYaml("ok", 1));
    assertThat(names(load())).containsExactly("user:ok0");
    assertThat(log).anySatisfy(l -> assertThat(l).contains("not valid UTF-8"))
        .anySatisfy(l -> assertThat(l).contains("top level is not an object"));
  }

  @Test
  void oversizedNonRegularEmptyAndBadlyShapedFilesAreSkippedWithALogLine() throws IOException {
    write(home, "security-patterns.yaml", "#" + "x".repeat(PatternFileReader.MAX_BYTES));
    write(home, "security-patterns.yml", "  \n# only a comment\n");
    Files.createDirectories(home.resolve(".claude/security-patterns.json"));
    write(cwd, "security-patterns.json", "{\"patterns\": {\"rule_name\": \"x\"}}");
    write(cwd, "security-patterns.local.json", "{\"other\": 1}");
    assertThat(load()).isEmpty();
    assertThat(log).anySatisfy(l -> assertThat(l).contains("larger than 256 KiB"))
        .anySatisfy(l -> assertThat(l).contains("security-patterns.yml: empty, ignored"))
        .anySatisfy(l -> assertThat(l).contains("not a regular file"))
        .anySatisfy(l -> assertThat(l).contains("'patterns' is not a list"))
        .anySatisfy(l -> assertThat(l).contains("security-patterns.local.json: no patterns"));
  }

  @Test
  void withoutCwdOnlyTheUserFileIsRead() throws IOException {
    write(home, "security-patterns.json", rulesJson("u", 1, "r"));
    write(cwd, "security-patterns.json", rulesJson("p", 1, "r"));
    assertThat(names(UserRules.load(home, null, log::add))).containsExactly("user:u0");
  }

  @Test
  void whenCwdIsHomeTheSharedFileIsReadOnce() throws IOException {
    write(home, "security-patterns.json", rulesJson("u", 1, "r"));
    write(home, "security-patterns.local.json", rulesJson("l", 1, "r"));
    assertThat(names(UserRules.load(home, home, log::add))).containsExactly("user:u0", "user:l0");
    assertThat(log).noneSatisfy(l -> assertThat(l).contains("already defined"));
  }

  @Test
  void missingDirectoriesAreSilent() {
    assertThat(UserRules.load(home.resolve("nope"), cwd.resolve("nope"), log::add)).isEmpty();
    assertThat(log).isEmpty();
  }

  static String rulesJson(String prefix, int count, String reminder) {
    StringBuilder out = new StringBuilder("{\"patterns\":[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append("{\"rule_name\":\"").append(prefix).append(i)
          .append("\",\"substrings\":[\"S").append(i).append("\"],\"reminder\":\"").append(reminder).append(' ')
          .append(i).append("\"}");
    }
    return out.append("]}").toString();
  }

  static String rulesYaml(String prefix, int count) {
    StringBuilder out = new StringBuilder("patterns:\n");
    for (int i = 0; i < count; i++) {
      out.append("- rule_name: ").append(prefix).append(i).append("\n  substrings: [S").append(i)
          .append("]\n  reminder: r\n");
    }
    return out.toString();
  }
}

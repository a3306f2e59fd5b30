package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;
import org.securityguidance.testkit.GitRepo;
import org.securityguidance.testing.TempTree;

/** {@code Main.run("scan", ...)} with the real catalog, real git and real files. */
class ScanEndToEndTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(Map<String, String> extraEnv, String... args) {
    Map<String, String> vars = new HashMap<>();
    vars.put("PATH", System.getenv("PATH"));
    vars.put("HOME", tmp.resolve("home").toString());
    vars.put("GIT_CONFIG_GLOBAL", "/dev/null");
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    vars.putAll(extraEnv);
    String[] argv = new String[args.length + 1];
    argv[0] = "scan";
    System.arraycopy(args, 0, argv, 1, args.length);
    return Main.run(argv, System.in, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8), new Env(vars));
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gitRepositoryScanFindsTrackedAndUntrackedCodeButNotIgnoredFiles() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    TempTree.write(repo.dir, ".gitignore", "generated/\n");
    TempTree.write(repo.dir, "app/report.py", "import pickle\n\ndef load(b):\n    return pickle.loads(b)\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "init");
    TempTree.write(repo.dir, "app/new file.py", "x = eval(user_input)\n");
    TempTree.write(repo.dir, "generated/out.py", "x = eval(user_input)\n");

    assertThat(run(Map.of(), repo.dir.toString(), "--format", "json")).isEqualTo(ExitCode.FINDINGS);
    Map<String, Object> doc = Json.parseObject(out());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
    assertThat(findings).extracting(f -> f.get("path") + " " + f.get("rule"))
        .containsExactly("app/new file.py eval_injection", "app/report.py pickle_deserialization");
    assertThat(doc.get("root")).isEqualTo(repo.dir.toRealPath().toString());
  }

  @Test
  void disabledRulesAreHonoured() throws Exception {
    TempTree.write(tmp.resolve("src"), "a.py", "x = eval(user_input)\n");
    assertThat(run(Map.of("SG_DISABLE_RULES", "eval_injection"), tmp.resolve("src").toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(out()).startsWith("No findings in 1 file");
  }

  @Test
  void sarifOfTheRealCatalogDescribesEveryRuleWithSeverityAndCwe() throws Exception {
    TempTree.write(tmp.resolve("src"), "a.py", "x = eval(user_input)\n");
    Path report = tmp.resolve("r.sarif");
    assertThat(run(Map.of(), tmp.resolve("src").toString(), "--format=sarif", "--output=" + report))
        .isEqualTo(ExitCode.FINDINGS);
    String sarif = Files.readString(report);
    Map<String, Object> doc = Json.parseObject(sarif);
    @SuppressWarnings("unchecked")
    Map<String, Object> run = (Map<String, Object>) ((List<Object>) doc.get("runs")).get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>)
        ((Map<String, Object>) run.get("tool")).get("driver")).get("rules");
    assertThat(rules).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.get("properties").toString()).contains("security-severity").contains("external/cwe/cwe-");
      assertThat(rule.get("help").toString()).hasSizeGreaterThan(40);
    });
    assertThat(sarif).doesNotContain("user_input");
  }

  @Test
  void aMissingPathIsExitTwoWithOneLine() {
    assertThat(run(Map.of(), tmp.resolve("nope").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("no such file or directory");
  }
}

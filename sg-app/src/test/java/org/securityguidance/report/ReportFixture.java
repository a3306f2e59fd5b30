package org.securityguidance.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Rule;
import org.securityguidance.scan.RepositoryFiles;
import org.securityguidance.scan.ScanPlan;
import org.securityguidance.scan.ScanPlanner;
import org.securityguidance.scan.ScanProgress;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.scan.Scanner;
import org.securityguidance.testing.FakeRule;
import org.securityguidance.testing.TempTree;

/** A fixed file tree and rule list scanned through the real planner and scanner, for report tests. */
final class ReportFixture {
  static final FakeRule WORKFLOW = FakeRule.of(1, "github_actions_workflow", Severity.MEDIUM, "\\A")
      .onlyFor(".yml").withCwe("CWE-78");
  static final FakeRule EVAL = FakeRule.of(4, "eval_injection", Severity.HIGH, "(?<![\\w.])eval\\(")
      .withCwe("CWE-95");
  static final FakeRule PICKLE = FakeRule.of(8, "pickle_deserialization", Severity.CRITICAL, "pickle\\.loads?\\(")
      .onlyFor(".py").withCwe("CWE-502");
  static final FakeRule SQL = FakeRule.of(30, "sql_string_concat", Severity.LOW, "SELECT[^\\n]{0,40}\\n\\s{0,20}\\+");
  static final FakeRule USER = new FakeRule(-1, "user:no-md5", "no-md5", Severity.MEDIUM, "Avoid MD5",
      java.util.regex.Pattern.compile("md5\\("), "", "");
  static final List<FakeRule> RULES = List.of(WORKFLOW, EVAL, PICKLE, SQL, USER);

  private ReportFixture() {}

  /** Writes the "mixed" tree: findings in several files, a space and a non-ASCII name, a binary file. */
  static void writeMixedTree(Path root) throws IOException {
    TempTree.write(root, "app/main.py", "import pickle\nx = pickle.loads(data)\n    y = eval(x)  \n");
    TempTree.write(root, "app/q.java", "String q = \"SELECT * FROM t WHERE id=\"\n    + id;\n");
    TempTree.write(root, "web/dir with space/\u00fcber.js", "eval(a); eval(a);\nconst h = md5(pw);\n");
    TempTree.write(root, ".github/workflows/ci.yml", "on: push\n");
    TempTree.write(root, "README.md", "Nothing to see: evaluate(x), md5sum\n");
    TempTree.writeBytes(root, "img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 'e', 'v', 'a', 'l', '('});
  }

  /** Scans {@code root} with the fixture rules on two threads. */
  static ScanResult scan(Path root) throws IOException, InterruptedException {
    ScanPlan plan = new ScanPlanner(RepositoryFiles.NONE).plan(root, List.of("."));
    return new Scanner((p, c) -> FakeRule.allMatches(RULES, p, c), 1 << 20, 2)
        .scan(plan.root(), List.<Rule>copyOf(RULES), plan.files(), ScanProgress.NONE);
  }
}

package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.finding.Severity;
import org.securityguidance.json.Json;
import org.securityguidance.rules.Rule;
import org.securityguidance.scan.ActiveRules;
import org.securityguidance.scan.RepositoryFiles;
import org.securityguidance.scan.ScanProgress;
import org.securityguidance.sys.Env;
import org.securityguidance.testing.FakeRule;
import org.securityguidance.testing.TempTree;

class ScanCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private static final List<FakeRule> RULES = List.of(FakeRule.of(4, "eval_injection", Severity.HIGH, "eval\\("));

  private int scan(String... args) throws Exception {
    ScanOptions options = ScanOptionsParser.parse(args, 2);
    ScanCommand.Setup setup = new ScanCommand.Setup(dir, RepositoryFiles.NONE,
        root -> new ActiveRules(List.<Rule>copyOf(RULES), (p, c) -> FakeRule.allMatches(RULES, p, c)));
    return ScanCommand.execute(options, setup, out, err, ScanProgress.NONE);
  }

  private String stdout() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void cleanTreeExitsZero() throws Exception {
    TempTree.write(dir, "a.py", "print(1)\n");
    assertThat(scan()).isEqualTo(ExitCode.OK);
    assertThat(stdout()).startsWith("No findings in 1 file");
  }

  @Test
  void findingsExitOne() throws Exception {
    TempTree.write(dir, "a.py", "eval(x)\n");
    assertThat(scan(".")).isEqualTo(ExitCode.FINDINGS);
    assertThat(stdout()).startsWith("a.py:1:1: [high] eval_injection");
  }

  @Test
  void missingPathIsAUsageError() {
    assertThatThrownBy(() -> scan("nope")).isInstanceOf(UsageException.class)
        .hasMessage("no such file or directory: nope");
  }

  @Test
  @SuppressWarnings("unchecked")
  void outputFileGetsTheReportAndStderrTheSummary() throws Exception {
    TempTree.write(dir, "src/a.js", "eval(x)\n");
    Files.createDirectories(dir.resolve("out"));
    assertThat(scan("src", "--format=sarif", "--output", "out/r.sarif")).isEqualTo(ExitCode.FINDINGS);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).startsWith("1 finding (1 high) in 1 file");
    Map<String, Object> sarif = Json.parseObject(Files.readString(dir.resolve("out/r.sarif")));
    assertThat(sarif.get("version")).isEqualTo("2.1.0");
    try (var listing = Files.list(dir.resolve("out"))) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("r.sarif");
    }
  }

  @Test
  void anExistingReportIsReplacedWhole() throws Exception {
    TempTree.write(dir, "src/a.js", "ok\n");
    Path report = TempTree.write(dir.resolve("out"), "r.json", "x".repeat(100_000));
    assertThat(scan("src", "--format", "json", "--output", report.toString())).isEqualTo(ExitCode.OK);
    assertThat(Json.parseObject(Files.readString(report))).containsKey("summary");
  }

  @Test
  void aNewReportIsWorldReadableAndAReplacedOneKeepsItsMode() throws Exception {
    TempTree.write(dir, "src/a.js", "ok\n");
    assertThat(scan("src", "--output", "new.txt")).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.txt"))))
        .isEqualTo("rw-r--r--");
    Path old = TempTree.write(dir, "old.txt", "previous");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
    assertThat(scan("src", "--output", "old.txt")).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
    assertThat(Files.readString(old)).startsWith("No findings");
  }

  @Test
  void theReportNeverOverwritesAScannedFile() throws Exception {
    Path source = TempTree.write(dir, "src/a.js", "eval(x)\n");
    assertThatThrownBy(() -> scan("src", "--output", "src/a.js")).isInstanceOf(UsageException.class)
        .hasMessageStartingWith("refusing to overwrite scanned file src/a.js");
    assertThat(Files.readString(source)).isEqualTo("eval(x)\n");
  }

  @Test
  void aSymlinkToAScannedFileIsRefusedToo() throws Exception {
    TempTree.write(dir, "src/a.js", "eval(x)\n");
    Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("src/a.js"));
    assertThatThrownBy(() -> scan("src", "--output", "link.json")).isInstanceOf(UsageException.class)
        .hasMessageStartingWith("refusing to overwrite scanned file");
  }

  @Test
  void outputInAMissingDirectoryOrOnADirectoryIsAUsageError() throws Exception {
    TempTree.write(dir, "src/a.js", "ok\n");
    assertThatThrownBy(() -> scan("src", "--output", "no/such/dir/r.txt")).isInstanceOf(UsageException.class)
        .hasMessage("--output directory does not exist: no/such/dir/r.txt");
    assertThatThrownBy(() -> scan("src", "--output", "src")).isInstanceOf(UsageException.class)
        .hasMessage("--output names a directory: src");
  }

  @Test
  void mainTurnsUsageErrorsIntoOneLineAndExitTwo() {
    int code = Main.run(new String[] {"scan", "--format=xml"}, System.in, out, err, new Env(Map.of()));
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(stderr()).isEqualTo("security-guidance scan: unknown format 'xml' (expected text, json or sarif)"
        + System.lineSeparator());
  }

  @Test
  void helpPrintsTheScanUsage() {
    assertThat(Main.run(new String[] {"scan", "--help"}, System.in, out, err, new Env(Map.of()))).isZero();
    assertThat(stdout()).isEqualTo(Usage.SCAN);
  }
}

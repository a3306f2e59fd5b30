package org.securityguidance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Rule;
import org.securityguidance.testing.FakeRule;
import org.securityguidance.testing.TempTree;

class ScannerTest {
  @TempDir Path root;

  private static final FakeRule EVAL = FakeRule.of(4, "eval_injection", Severity.HIGH, "eval\\(");
  private static final FakeRule PICKLE = FakeRule.of(8, "pickle_load", Severity.CRITICAL, "pickle\\.loads?\\(")
      .onlyFor(".py");
  private static final List<FakeRule> RULES = List.of(EVAL, PICKLE);

  private ScanResult scan(int jobs, List<SourceFile> files) throws InterruptedException {
    Scanner scanner = new Scanner((p, c) -> FakeRule.allMatches(RULES, p, c), 100_000, jobs);
    return scanner.scan(root, List.<Rule>copyOf(RULES), files, ScanProgress.NONE);
  }

  private List<SourceFile> manyFiles(int count) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      String path = String.format("d%02d/f%03d.py", i % 7, i);
      TempTree.write(root, path, "ok\n".repeat(i % 5) + "x = eval(a) + pickle.load(f); eval(b)\n");
      files.add(new SourceFile(path, root.resolve(path)));
    }
    return files;
  }

  @Test
  void findingsAreOrderedByPathLineColumnRuleWhateverTheThreadCount() throws Exception {
    List<SourceFile> files = manyFiles(120);
    ScanResult serial = scan(1, files);
    ScanResult parallel = scan(8, files);
    assertThat(parallel.findings()).isEqualTo(serial.findings());
    assertThat(serial.findings()).hasSize(360).isSortedAccordingTo(ScanFinding.ORDER);
    assertThat(serial.findings().get(0).path()).isEqualTo("d00/f000.py");
    assertThat(serial.stats().filesScanned()).isEqualTo(120);
  }

  @Test
  void positionsAreOneBasedWithAnExclusiveEnd() throws Exception {
    TempTree.write(root, "a.py", "line one\n  y = eval(z)\n");
    ScanFinding f = scan(2, List.of(new SourceFile("a.py", root.resolve("a.py")))).findings().get(0);
    assertThat(f.rule()).isEqualTo(EVAL);
    assertThat(List.of(f.line(), f.column(), f.endLine(), f.endColumn())).containsExactly(2, 7, 2, 12);
  }

  @Test
  void identicalLinesGetDistinctOccurrenceNumbersAndWhitespaceDoesNotChangeTheHash() throws Exception {
    TempTree.write(root, "a.js", "eval(x)\n  eval(x)\neval(y)\n");
    List<ScanFinding> found = scan(1, List.of(new SourceFile("a.js", root.resolve("a.js")))).findings();
    assertThat(found).extracting(ScanFinding::fingerprint).satisfiesExactly(
        first -> assertThat(first).endsWith(":1"),
        second -> assertThat(second).isEqualTo(found.get(0).fingerprint().replace(":1", ":2")),
        third -> assertThat(third).doesNotStartWith(found.get(0).fingerprint().substring(0, 16)));
  }

  @Test
  void skippedFilesAreCountedPerReasonAndNotScanned() throws Exception {
    TempTree.write(root, "ok.py", "eval(x)");
    TempTree.writeBytes(root, "bin.dat", new byte[] {'e', 'v', 'a', 'l', '(', 0});
    TempTree.write(root, "huge.py", "eval(x)" + " ".repeat(100_000));
    List<SourceFile> files = new ArrayList<>();
    for (String p : List.of("ok.py", "bin.dat", "huge.py", "gone.py")) {
      files.add(new SourceFile(p, root.resolve(p)));
    }
    ScanResult r = scan(2, files);
    assertThat(r.findings()).extracting(ScanFinding::path).containsExactly("ok.py");
    assertThat(r.stats().filesListed()).isEqualTo(4);
    assertThat(r.stats().filesScanned()).isEqualTo(1);
    assertThat(r.stats().bytesScanned()).isEqualTo(7);
    assertThat(r.stats().skipped(SkipReason.BINARY)).isEqualTo(1);
    assertThat(r.stats().skipped(SkipReason.TOO_LARGE)).isEqualTo(1);
    assertThat(r.stats().skipped(SkipReason.NOT_REGULAR)).isEqualTo(1);
  }

  @Test
  void anEngineFailureOnOneFileIsReportedAndTheOthersAreStillScanned() throws Exception {
    TempTree.write(root, "bad.py", "boom");
    TempTree.write(root, "good.py", "eval(x)");
    MatchSource flaky = (path, content) -> {
      if (content.equals("boom")) {
        throw new StackOverflowError();
      }
      return FakeRule.allMatches(RULES, path, content);
    };
    ScanResult r = new Scanner(flaky, 1000, 2).scan(root, List.<Rule>copyOf(RULES),
        List.of(new SourceFile("bad.py", root.resolve("bad.py")), new SourceFile("good.py", root.resolve("good.py"))),
        ScanProgress.NONE);
    assertThat(r.failures()).containsExactly("bad.py: StackOverflowError");
    assertThat(r.stats().filesFailed()).isEqualTo(1);
    assertThat(r.findings()).extracting(ScanFinding::path).containsExactly("good.py");
  }

  @Test
  void progressEndsWithTheFinalCountsAndAFinish() throws Exception {
    List<SourceFile> files = manyFiles(10);
    List<String> calls = new ArrayList<>();
    new Scanner((p, c) -> List.of(), 1000, 3).scan(root, List.of(), files, new ScanProgress() {
      @Override
      public void update(int done, int total, long bytes) {
        calls.add(done + "/" + total);
      }

      @Override
      public void finish() {
        calls.add("finish");
      }
    });
    assertThat(calls).endsWith("10/10", "finish");
  }

  @Test
  void noFilesIsACleanEmptyResult() throws Exception {
    ScanResult r = scan(4, List.of());
    assertThat(r.findings()).isEmpty();
    assertThat(r.stats().filesListed()).isZero();
  }
}

package org.securityguidance.it.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's bash classifier ({@code hooks/sg-java-classify.sh}) gives the same {@code boot_err} as the Java
 * {@code BootClassifier} on every row of the shared corpus (issue 5, contract 1); one bash process runs all rows.
 */
class BashClassifierCorpusTest {
  private static final Path CORPUS = Paths.get(System.getProperty("sg.root.dir"))
      .resolve("sg-core/src/test/resources/org/securityguidance/telemetry/boot/classifier-cases.tsv");

  /** Reads each record (phase, rc, own timeout, maven mode, NUL-free text) and prints the code it classifies to. */
  private static final String DRIVER = """
      set -u
      . "$1"
      while IFS= read -r -d '' phase && IFS= read -r -d '' rc && IFS= read -r -d '' own \\
          && IFS= read -r -d '' maven && IFS= read -r -d '' text; do
        sg_classify_output "$phase" "$rc" "$own" "$maven" "$text"
        printf '%s\\n' "$SG_ERR"
      done <"$2"
      """;

  @TempDir Path tmp;

  record Row(int line, String phase, String rc, String ownTimeout, String mavenMode, int err, String text) {}

  static List<Row> corpus() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 6);
      rows.add(new Row(i + 1, f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), unescape(f.length > 5 ? f[5] : "")));
    }
    return rows;
  }

  /** The corpus escapes: \n, \t, \r and \\. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '\\' -> out.append('\\');
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }

  @Test
  void bashAgreesWithTheJavaClassifierOnEveryCorpusRow() throws IOException {
    List<Row> rows = corpus();
    assertThat(rows).hasSizeGreaterThan(40);
    StringBuilder records = new StringBuilder();
    for (Row r : rows) {
      assertThat(r.text()).doesNotContain("\0");
      for (String field : List.of(r.phase(), r.rc(), r.ownTimeout(), r.mavenMode(), r.text())) {
        records.append(field).append('\0');
      }
    }
    Path input = Files.writeString(tmp.resolve("records"), records, StandardCharsets.UTF_8);
    Path driver = Files.writeString(tmp.resolve("driver.sh"), DRIVER);
    Path classifier = Launcher.pluginDir().resolve("hooks/sg-java-classify.sh");

    ProcessResult r = Launcher.exec(
        List.of(Launcher.onHostPath("bash").toString(), driver.toString(), classifier.toString(), input.toString()),
        Map.of("PATH", "/nonexistent", "LC_ALL", "C"), tmp);

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.stderr()).isEmpty();
    List<String> codes = r.stdout().lines().toList();
    assertThat(codes).hasSameSizeAs(rows);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!codes.get(i).equals(Integer.toString(row.err()))) {
        disagreements.add("line " + row.line() + ": expected " + row.err() + ", bash " + codes.get(i) + " " + row);
      }
    }
    assertThat(disagreements).isEmpty();
  }
}

package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.agent.sandbox.SandboxRepo;

class ReadToolTest {
  @TempDir Path tmp;
  SandboxRepo repo;

  @BeforeEach
  void setUp() throws IOException {
    repo = SandboxRepo.init(tmp);
    StringBuilder numbered = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      numbered.append("line ").append(i).append('\n');
    }
    repo.write("numbered.txt", numbered.toString());
    repo.write("crlf.txt", "one\r\ntwo\r\n");
    repo.write("wide.txt", ("é".repeat(600) + "\n").repeat(100));
    repo.write("empty.txt", "");
    Files.write(repo.dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    repo.commitAll("files");
  }

  private ToolResult read(Map<String, Object> input) throws IOException {
    ToolResult r = ToolSet.standard(repo.sandbox()).execute("Read", input);
    assertThat(r.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(16 * 1024);
    return r;
  }

  @Test
  void returnsNumberedLinesFromTheOffsetUpToTheLimit() throws IOException {
    ToolResult r = read(Map.of("file_path", "numbered.txt", "offset", 10, "limit", 3));
    assertThat(r.error()).isFalse();
    assertThat(r.text()).isEqualTo("    10\tline 10\n    11\tline 11\n    12\tline 12\n"
        + "[lines 10-12 of numbered.txt shown; continue with offset=13]");
  }

  @Test
  void defaultsTo400LinesAndNumbersAcceptStrings() throws IOException {
    ToolResult r = read(Map.of("file_path", "numbered.txt"));
    assertThat(r.text()).contains("   400\tline 400\n").doesNotContain("line 401\n").contains("offset=401");
    assertThat(read(Map.of("file_path", "numbered.txt", "offset", "999")).text())
        .isEqualTo("   999\tline 999\n  1000\tline 1000\n");
  }

  @Test
  void stopsAtTheResultCapAndSaysWhereToContinue() throws IOException {
    ToolResult r = read(Map.of("file_path", "wide.txt", "limit", 2000));
    assertThat(r.text()).contains("line clipped").contains("output limit of 16 KiB reached after line");
    int lastLine = Integer.parseInt(r.text().replaceAll("(?s).*reached after line (\\d+);.*", "$1"));
    assertThat(r.text()).contains("continue with offset=" + (lastLine + 1));
  }

  @Test
  void stripsCarriageReturnsAndReportsEmptyFilesAndOffsetsPastTheEnd() throws IOException {
    assertThat(read(Map.of("file_path", "crlf.txt")).text()).isEqualTo("     1\tone\n     2\ttwo\n");
    assertThat(read(Map.of("file_path", "empty.txt")).text()).isEqualTo("[empty file]");
    assertThat(read(Map.of("file_path", "crlf.txt", "offset", 5)).text()).contains("has 2 lines");
  }

  @Test
  void refusesBinaryFilesAndReportsBadInput() throws IOException {
    ToolResult png = read(Map.of("file_path", "image.png"));
    assertThat(png.error()).isTrue();
    assertThat(png.text()).contains("binary").doesNotContain("PNG");
    assertThat(read(Map.of("file_path", 42)).text()).contains("must be a string");
    assertThat(read(Map.of("file_path", "numbered.txt", "offset", "ten")).text()).contains("must be an integer");
    assertThat(read(Map.of()).error()).isTrue();
  }
}

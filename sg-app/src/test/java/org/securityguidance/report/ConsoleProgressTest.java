package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong(10_000);
  private final ConsoleProgress progress = new ConsoleProgress(err, now::get, 1000, 250);

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shortScansPrintNothingAtAll() {
    now.addAndGet(900);
    progress.update(5, 10, 1000);
    progress.finish();
    assertThat(written()).isEmpty();
  }

  @Test
  void longScansRedrawThrottledAndEraseTheLineAtTheEnd() {
    now.addAndGet(1000);
    progress.update(100, 5400, 2_500_000);
    now.addAndGet(100);
    progress.update(150, 5400, 3_000_000); // within the interval: skipped
    now.addAndGet(200);
    progress.update(1200, 5400, 14_200_000);
    progress.finish();
    String clear = "\r" + " ".repeat("scanned 1200/5400 files, 14.2 MB".length()) + "\r";
    assertThat(written()).isEqualTo(
        "\rscanned 100/5400 files, 2.5 MB"
            + "\rscanned 1200/5400 files, 14.2 MB"
            + clear);
  }

  @Test
  void aShorterLinePadsOverTheLongerOne() {
    now.addAndGet(2000);
    progress.update(1000, 1000, 10_000_000);
    now.addAndGet(1000);
    progress.update(1, 1000, 0);
    String longer = "scanned 1000/1000 files, 10.0 MB";
    String shorter = "scanned 1/1000 files, 0.0 MB";
    assertThat(written()).isEqualTo(
        "\r" + longer + "\r" + shorter + " ".repeat(longer.length() - shorter.length()));
  }
}

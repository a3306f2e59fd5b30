package org.securityguidance.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.testing.TempTree;

class FileLoaderTest {
  @TempDir Path dir;

  private final FileLoader loader = new FileLoader(1000);

  @Test
  void textFileIsReadWithItsByteCount() throws IOException {
    Path f = TempTree.write(dir, "a.py", "x = eval(y)\n");
    FileLoader.Loaded loaded = loader.load(f);
    assertThat(loaded.skipped()).isNull();
    assertThat(loaded.text()).isEqualTo("x = eval(y)\n");
    assertThat(loaded.bytes()).isEqualTo(12);
  }

  @Test
  void emptyFileIsScannedAsEmptyText() throws IOException {
    FileLoader.Loaded loaded = loader.load(TempTree.write(dir, "empty.txt", ""));
    assertThat(loaded.skipped()).isNull();
    assertThat(loaded.text()).isEmpty();
  }

  @Test
  void nulByteInTheFirst8KiBMeansBinary() throws IOException {
    byte[] data = "abc\0def".getBytes(StandardCharsets.US_ASCII);
    assertThat(loader.load(TempTree.writeBytes(dir, "b.bin", data)).skipped()).isEqualTo(SkipReason.BINARY);
  }

  @Test
  void nulByteAfterTheProbeWindowIsStillText() throws IOException {
    byte[] data = new byte[FileLoader.BINARY_PROBE_BYTES + 10];
    Arrays.fill(data, (byte) 'a');
    data[FileLoader.BINARY_PROBE_BYTES + 5] = 0;
    FileLoader big = new FileLoader(1 << 20);
    assertThat(big.load(TempTree.writeBytes(dir, "late.txt", data)).skipped()).isNull();
  }

  @Test
  void fileOverTheCapIsSkippedButOneAtTheCapIsRead() throws IOException {
    assertThat(loader.load(TempTree.write(dir, "big.txt", "a".repeat(1001))).skipped())
        .isEqualTo(SkipReason.TOO_LARGE);
    assertThat(loader.load(TempTree.write(dir, "cap.txt", "a".repeat(1000))).text()).hasSize(1000);
  }

  @Test
  void malformedUtf8IsReplacedNotFatal() throws IOException {
    byte[] data = {'o', 'k', (byte) 0xff, (byte) 0xc3, ' ', 'e', 'v', 'a', 'l', '(', ')'};
    FileLoader.Loaded loaded = loader.load(TempTree.writeBytes(dir, "latin.py", data));
    assertThat(loaded.text()).isEqualTo("ok\ufffd\ufffd eval()");
  }

  @Test
  void symlinkIsNeverFollowed() throws IOException {
    Path outside = TempTree.write(dir, "outside/secret.txt", "eval(x)");
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, outside);
    assertThat(loader.load(link).skipped()).isEqualTo(SkipReason.NOT_REGULAR);
  }

  @Test
  void vanishedFileIsNotRegularRatherThanAnError() {
    assertThat(loader.load(dir.resolve("gone.txt")).skipped()).isEqualTo(SkipReason.NOT_REGULAR);
  }

  @Test
  void fifoIsNotOpened() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo available");
    assertThat(loader.load(fifo).skipped()).isEqualTo(SkipReason.NOT_REGULAR);
  }

  @Test
  void unreadableFileIsCounted() throws IOException {
    Path f = TempTree.write(dir, "locked.txt", "x");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(f), "not running as root");
    assertThat(loader.load(f).skipped()).isEqualTo(SkipReason.UNREADABLE);
  }
}

package org.securityguidance.telemetry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.securityguidance.json.Json;

/**
 * The local copy of every metrics line, {@code <state>/metrics.jsonl} (ISSUE5 contract 2): one
 * {@code {"ts","hook","src":"jvm","metrics"}} object per line, appended with O_APPEND, file mode 0600, rotated to
 * {@code metrics.jsonl.1} above 1 MiB. Never uploaded by us; read by {@code security-guidance telemetry}.
 *
 * <p>Design note: it runs on every hook, so one append costs one size check and one open/write/close; the line is
 * built from the metrics map already validated by {@link MetricLine}, never from the printed hook line (that one can
 * hold model-visible text). Every failure is swallowed: local telemetry must never break a hook.
 */
public final class LocalMetricsFile {
  /** File name inside the state directory. */
  public static final String FILE_NAME = "metrics.jsonl";
  /** The one rotated generation. */
  public static final String ROTATED_NAME = FILE_NAME + ".1";
  /** Rotation threshold (shared with the debug log). */
  public static final long ROTATE_BYTES = 1024 * 1024;
  /** A line at or above this size is not written (the launcher's bash appends obey the same bound). */
  public static final int MAX_LINE_BYTES = 4096;

  /** Which side wrote a line. */
  public enum Source {
    JVM("jvm"),
    LAUNCHER("launcher");

    private final String wireName;

    Source(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  private static final Set<StandardOpenOption> APPEND =
      Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);

  private final Path file;
  private final Clock clock;

  private LocalMetricsFile(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** The file in {@code stateDir}, stamped by {@code clock}. */
  public static LocalMetricsFile in(Path stateDir, Clock clock) {
    return new LocalMetricsFile(stateDir.resolve(FILE_NAME), clock);
  }

  /** A sink that writes nothing ({@code SG_LOCAL_TELEMETRY=0}, and callers without a state dir). */
  public static LocalMetricsFile disabled() {
    return new LocalMetricsFile(null, null);
  }

  /** The file written, or null when disabled. */
  public Path file() {
    return file;
  }

  public boolean enabled() {
    return file != null;
  }

  /**
   * Appends one line for {@code metrics} emitted by {@code hook} (Claude Code's event name, or {@code Rescue}).
   * Returns whether a line was written; never throws.
   */
  public boolean append(String hook, MetricLine metrics) {
    return metrics != null && append(hook, metrics.asMap());
  }

  /** {@link #append(String, MetricLine)} for an already validated map; never throws. */
  public boolean append(String hook, Map<String, Object> metrics) {
    if (file == null || metrics == null || !isHookName(hook)) {
      return false;
    }
    try {
      byte[] line = line(clock.millis() / 1000, hook, metrics).getBytes(StandardCharsets.UTF_8);
      if (line.length >= MAX_LINE_BYTES) {
        return false;
      }
      rotateIfLarge();
      write(line);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The exact line (with its newline) for these values: ASCII-only JSON, the metrics object last. */
  static String line(long epochSeconds, String hook, Map<String, Object> metrics) {
    StringBuilder b = new StringBuilder(96 + metrics.size() * 24);
    b.append("{\"ts\":").append(epochSeconds).append(",\"hook\":\"").append(hook).append("\",\"src\":\"")
        .append(Source.JVM.wireName()).append("\",\"metrics\":");
    Json.writeTo(b, metrics);
    return b.append("}\n").toString();
  }

  /** Hook names are plain identifiers, so the line can be built without escaping. */
  static boolean isHookName(String hook) {
    if (hook == null || hook.isEmpty() || hook.length() > 32) {
      return false;
    }
    for (int i = 0; i < hook.length(); i++) {
      char c = hook.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private void rotateIfLarge() throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return;
    }
    if (size > ROTATE_BYTES) {
      // Two racing hooks may both rotate; the loser's rename fails or moves a fresh tiny file, and a line is kept.
      try {
        Files.move(file, file.resolveSibling(ROTATED_NAME), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException e) {
        // Another process rotated it first.
      }
    }
  }

  private void write(byte[] line) throws IOException {
    try {
      writeOnce(line);
    } catch (NoSuchFileException e) {
      createPrivateDirectories(file.toAbsolutePath().getParent());
      writeOnce(line);
    }
  }

  /** One open with mode 0600 (applied only when the file is created), one write of the whole line, one close. */
  private void writeOnce(byte[] line) throws IOException {
    try (FileChannel ch = posix() ? FileChannel.open(file, APPEND, privateFile()) : FileChannel.open(file, APPEND)) {
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  private boolean posix() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<?> privateFile() {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  }

  private void createPrivateDirectories(Path dir) throws IOException {
    if (dir == null) {
      return;
    }
    try {
      if (posix()) {
        Files.createDirectories(dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    } catch (FileAlreadyExistsException e) {
      // A file where the directory should be: the retried open fails and the append is dropped.
    }
  }
}

package org.securityguidance.state;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The hook's debug log (spec §6.4): {@code [YYYY-MM-DD HH:MM:SS.mmm] message} lines appended to a file that is
 * rotated to {@code <file>.1} past 1 MiB. Directory 0700, file 0600. Every failure is swallowed: logging must never
 * break a hook.
 *
 * <p>Privacy rule for callers: log paths, rule names, codes, counts and timings only; never file contents, diffs,
 * prompts, tokens or header values. Messages are flattened to one line so a hostile path cannot forge entries.
 */
public final class DebugLog {
  /** Rotation threshold: a file larger than this is moved aside before the next write. */
  public static final long ROTATE_BYTES = 1024 * 1024;

  private static final int MAX_MESSAGE_CHARS = 2000;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private final Path file;
  private final Clock clock;

  private DebugLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** A log writing to {@code file} (created on first write). */
  public static DebugLog to(Path file, Clock clock) {
    return new DebugLog(file, clock);
  }

  /** A log that writes nothing (tests, and callers without a state dir). */
  public static DebugLog discard() {
    return new DebugLog(null, Clock.systemDefaultZone());
  }

  public Path file() {
    return file;
  }

  /** Appends one line; never throws. */
  public void log(String message) {
    if (file == null) {
      return;
    }
    try {
      String line = "[" + LocalDateTime.now(clock).format(STAMP) + "] " + oneLine(message) + "\n";
      prepare();
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // Logging is best effort by design (spec §6.4).
    }
  }

  private void prepare() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      createPrivateDirectories(dir);
    }
    if (Files.exists(file)) {
      if (Files.size(file) > ROTATE_BYTES) {
        // A racing process that loses the rename just appends to a fresh file.
        Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        createPrivateFile(file);
      }
    } else {
      createPrivateFile(file);
    }
  }

  /** Creates {@code dir} (and parents) with mode 0700 where the file system supports POSIX modes. */
  static void createPrivateDirectories(Path dir) throws IOException {
    if (supportsPosix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void createPrivateFile(Path file) throws IOException {
    try {
      if (supportsPosix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      // Another hook created it first.
    }
  }

  private static boolean supportsPosix(Path anyPath) {
    return anyPath != null && anyPath.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static String oneLine(String message) {
    String s = message == null ? "null" : message;
    if (s.length() > MAX_MESSAGE_CHARS) {
      s = s.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20) {
        out.append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

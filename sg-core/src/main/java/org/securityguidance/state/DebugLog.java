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
import java.time.Instant;
import java.util.TimeZone;

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

  private final Path file;
  /** Null means the system clock in the default time zone, read without java.time (ADR 0008: tzdb costs 13-28 ms). */
  private final Clock clock;

  private DebugLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** A log writing to {@code file} (created on first write), stamped with local time of the default time zone. */
  public static DebugLog to(Path file) {
    return new DebugLog(file, null);
  }

  /** A log writing to {@code file} (created on first write), stamped by {@code clock} in the clock's zone. */
  public static DebugLog to(Path file, Clock clock) {
    return new DebugLog(file, clock);
  }

  /** A log that writes nothing (tests, and callers without a state dir). */
  public static DebugLog discard() {
    return new DebugLog(null, null);
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
      String line = "[" + now() + "] " + oneLine(message) + "\n";
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

  private String now() {
    if (clock == null) {
      long ms = System.currentTimeMillis();
      return stamp(ms, TimeZone.getDefault().getOffset(ms));
    }
    long ms = clock.millis();
    return stamp(ms, clock.getZone().getRules().getOffset(Instant.ofEpochMilli(ms)).getTotalSeconds() * 1000L);
  }

  /** {@code yyyy-MM-dd HH:mm:ss.SSS} of {@code epochMillis} shifted by {@code offsetMillis}, proleptic Gregorian. */
  static String stamp(long epochMillis, long offsetMillis) {
    long local = epochMillis + offsetMillis;
    long days = Math.floorDiv(local, 86_400_000L);
    int msOfDay = (int) Math.floorMod(local, 86_400_000L);
    // Civil-from-days (H. Hinnant's algorithm): eras of 400 years, March-based years so leap days come last.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    StringBuilder b = new StringBuilder(23);
    pad(b, year, 4).append('-');
    pad(b, month, 2).append('-');
    pad(b, day, 2).append(' ');
    pad(b, msOfDay / 3_600_000, 2).append(':');
    pad(b, msOfDay / 60_000 % 60, 2).append(':');
    pad(b, msOfDay / 1000 % 60, 2).append('.');
    return pad(b, msOfDay % 1000, 3).toString();
  }

  private static StringBuilder pad(StringBuilder b, long value, int width) {
    String digits = Long.toString(value);
    for (int k = digits.length(); k < width; k++) {
      b.append('0');
    }
    return b.append(digits);
  }
}

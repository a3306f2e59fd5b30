package org.securityguidance.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * The local usage log {@code <state dir>/usage.jsonl}: one JSON line per review, appended; past
 * {@link #ROTATE_BYTES} the file moves to {@code usage.jsonl.1} (replacing the previous one), so the log never holds
 * more than about twice that. Directory 0700, file 0600. Nothing is uploaded anywhere.
 *
 * <p>Design note: writing never throws (a review must not fail because its bookkeeping did); each entry is one short
 * {@code write} in append mode, so concurrent hooks interleave whole lines.
 */
public final class UsageLog {
  /** The file name inside the state directory. */
  public static final String FILE_NAME = "usage.jsonl";
  /** Rotation threshold. */
  public static final long ROTATE_BYTES = 1024 * 1024;
  /** Bytes read from the end of each file at most, so a huge foreign file cannot stall {@code usage}. */
  private static final long MAX_READ_BYTES = 4 * ROTATE_BYTES;

  private final Path file;

  public UsageLog(Path file) {
    this.file = file;
  }

  /** The log in {@code stateDir}. */
  public static UsageLog in(Path stateDir) {
    return new UsageLog(stateDir.resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /** Appends one entry; returns false (never throws) when the file could not be written. */
  public boolean append(UsageEntry entry) {
    byte[] line = (Json.write(entry.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      prepare();
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        out.write(line);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Every readable entry with {@code ts >= sinceEpochSeconds}, oldest file first; damaged lines are skipped. */
  public List<UsageEntry> readSince(long sinceEpochSeconds) {
    List<UsageEntry> out = new ArrayList<>();
    for (Path f : List.of(file.resolveSibling(file.getFileName() + ".1"), file)) {
      for (String line : lines(f)) {
        UsageEntry e = parse(line);
        if (e != null && e.epochSeconds() >= sinceEpochSeconds) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static UsageEntry parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      Map<String, Object> m = Json.parseObject(line);
      return UsageEntry.fromJson(m);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<String> lines(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      long size = Files.size(f);
      boolean tail = size > MAX_READ_BYTES;
      if (tail) {
        in.skipNBytes(size - MAX_READ_BYTES);
      }
      String text = new String(in.readNBytes((int) Math.min(size, MAX_READ_BYTES)), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      if (tail && !lines.isEmpty()) {
        lines.remove(0); // the first line was cut by the tail read
      }
      return lines;
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private void prepare() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = dir != null && dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (dir != null && !Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    }
    if (Files.exists(file) && Files.size(file) > ROTATE_BYTES) {
      // A racing process that loses the rename simply appends to the fresh file.
      Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      // Normal case: the log exists already.
    }
  }
}

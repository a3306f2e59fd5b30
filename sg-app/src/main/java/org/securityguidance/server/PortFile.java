package org.securityguidance.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code <state>/hook-server.port}: one line the bash client reads with {@code read} (no fork), written atomically with
 * mode 0600. Fields are separated by one space; the java binary comes last so a path with spaces stays one field.
 *
 * @param port the loopback port
 * @param clientToken what a client must present first
 * @param serverToken what the server answers an authenticated client with, so a client never sends content to a
 *     process that took over a dead server's port
 * @param jarSha256 SHA-256 of the jar the server runs
 * @param pid the server's process id
 * @param startEpoch the server's start, epoch seconds
 * @param javaBin the java binary the server was started with (as the launcher resolved it)
 */
public record PortFile(int port, String clientToken, String serverToken, String jarSha256, long pid, long startEpoch,
    String javaBin) {
  public static final String FILE_NAME = "hook-server.port";
  static final String VERSION = "v1";

  /** The line as written (no trailing newline). */
  public String line() {
    return VERSION + " " + port + " " + clientToken + " " + serverToken + " " + jarSha256 + " " + pid + " "
        + startEpoch + " " + javaBin;
  }

  /** Parses a line; empty when it is not a well-formed current-version line. */
  public static Optional<PortFile> parse(String line) {
    String[] f = line.strip().split(" ", 8);
    if (f.length != 8 || !f[0].equals(VERSION)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PortFile(Integer.parseInt(f[1]), f[2], f[3], f[4], Long.parseLong(f[5]),
          Long.parseLong(f[6]), f[7]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Reads {@code file}; empty when absent, unreadable or malformed. */
  public static Optional<PortFile> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes via a 0600 temp file and an atomic rename, so a client never reads half a line or a readable token. */
  void writeTo(Path file) throws IOException {
    Path tmp = file.resolveSibling(FILE_NAME + "." + pid + ".tmp");
    Files.deleteIfExists(tmp);
    createPrivate(tmp);
    Files.writeString(tmp, line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes {@code file} only while it still names this server (a successor may have replaced it). */
  void removeIfOurs(Path file) {
    try {
      Optional<PortFile> current = read(file);
      if (current.isPresent() && current.get().clientToken().equals(clientToken)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: a stale file only costs clients one refused connect, then they fall back.
    }
  }

  /** Created 0600 from the start: there is no moment at which the token is readable by others. */
  private static void createPrivate(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // Windows: the file lives in the user's own profile directory.
      Files.write(file, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }
}

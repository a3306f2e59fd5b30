package org.securityguidance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a report file atomically: the bytes go to a temporary file in the target's directory, then a rename
 * replaces the target, so a reader (or a CI upload step) never sees half a SARIF file and a failed run leaves the
 * previous report intact.
 */
public final class ReportOutput {
  /** Temporary files are created owner-only; a report gets the usual mode of a new file (or keeps the old one's). */
  private static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");

  private ReportOutput() {}

  /** Replaces {@code target} with {@code text} (UTF-8). */
  public static void writeAtomically(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      copyMode(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void copyMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system: the platform default applies
    }
    Set<PosixFilePermission> mode = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
        : NEW_FILE_MODE;
    view.setPermissions(mode);
  }
}

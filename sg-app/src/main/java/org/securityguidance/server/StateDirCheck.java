package org.securityguidance.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The state directory must be the user's own: created 0700 when missing, and a directory others may write to is
 * refused (they could swap the port file and collect what clients send).
 */
final class StateDirCheck {
  private StateDirCheck() {}

  /** Creates the directory if needed; false when it is writable by group or others. */
  static boolean privateEnough(Path dir) throws IOException {
    boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
    if (!posix) {
      Files.createDirectories(dir);
      return true;
    }
    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
    return !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
  }

  private static Path existingAncestor(Path dir) {
    Path p = dir.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p != null ? p : dir.toAbsolutePath().getRoot();
  }
}

package org.securityguidance.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the regular files under a directory outside git: skips {@code .git} directories and never follows a
 * symlink (a link inside the tree is not scanned, so nothing outside the root can be reached through one).
 * Entries that cannot be read are counted, not fatal.
 */
final class DirectoryWalker {
  private final Path root;
  private final List<Path> files = new ArrayList<>();
  private int unreadable;

  private DirectoryWalker(Path root) {
    this.root = root;
  }

  /** The files under {@code start} (a directory inside or equal to {@code root}), unsorted. */
  static Listing walk(Path root, Path start) throws IOException {
    DirectoryWalker walker = new DirectoryWalker(root);
    Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
        walker.new Visitor());
    return new Listing(walker.files, walker.unreadable);
  }

  /** What a walk found. */
  record Listing(List<Path> files, int unreadable) {}

  private final class Visitor extends SimpleFileVisitor<Path> {
    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(root) && dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        files.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      unreadable++;
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        unreadable++;
      }
      return FileVisitResult.CONTINUE;
    }
  }
}

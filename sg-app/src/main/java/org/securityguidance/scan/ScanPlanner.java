package org.securityguidance.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the PATH arguments of {@code scan} into a {@link ScanPlan}.
 *
 * <p>Inside one git work tree the file list is git's (tracked plus untracked-not-ignored), cut down to the named
 * paths, and the root is the work tree top so SARIF URIs match what code scanning expects. A file named
 * explicitly is scanned even when git ignores it, as ripgrep does. Targets outside git, or spread over several
 * work trees, are walked instead, rooted at the working directory when it contains them all.
 */
public final class ScanPlanner {
  private final RepositoryFiles git;

  public ScanPlanner(RepositoryFiles git) {
    this.git = git;
  }

  public ScanPlan plan(Path cwd, List<String> arguments) throws IOException {
    Path realCwd = cwd.toAbsolutePath().toRealPath();
    List<Path> targets = new ArrayList<>();
    for (String argument : arguments) {
      targets.add(resolve(realCwd, argument));
    }
    Optional<Path> topLevel = commonTopLevel(targets);
    if (topLevel.isPresent()) {
      return planInGit(topLevel.get(), targets);
    }
    return planByWalking(rootFor(realCwd, targets), targets);
  }

  private static Path resolve(Path cwd, String argument) {
    Path target;
    try {
      target = cwd.resolve(argument).toRealPath();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ScanInputException("no such file or directory: " + argument);
    }
    if (!Files.isDirectory(target) && !Files.isRegularFile(target)) {
      throw new ScanInputException("not a file or directory: " + argument);
    }
    return target;
  }

  private Optional<Path> commonTopLevel(List<Path> targets) throws IOException {
    Path common = null;
    for (Path target : targets) {
      Optional<Path> top = git.topLevel(Files.isDirectory(target) ? target : target.getParent());
      if (top.isEmpty()) {
        return Optional.empty();
      }
      Path real = top.get().toRealPath();
      if (common != null && !common.equals(real)) {
        return Optional.empty();
      }
      common = real;
    }
    return Optional.ofNullable(common);
  }

  private ScanPlan planInGit(Path root, List<Path> targets) throws IOException {
    TreeMap<String, SourceFile> files = new TreeMap<>();
    List<String> prefixes = new ArrayList<>();
    for (Path target : targets) {
      if (Files.isDirectory(target)) {
        prefixes.add(relative(root, target));
      } else {
        add(files, root, target);
      }
    }
    for (String path : git.list(root)) {
      if (underAny(path, prefixes)) {
        files.put(path, new SourceFile(path, root.resolve(path)));
      }
    }
    return new ScanPlan(root, new ArrayList<>(files.values()), true, 0);
  }

  private static ScanPlan planByWalking(Path root, List<Path> targets) throws IOException {
    TreeMap<String, SourceFile> files = new TreeMap<>();
    int unlistable = 0;
    for (Path target : targets) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        DirectoryWalker.Listing listing = DirectoryWalker.walk(root, target);
        unlistable += listing.unreadable();
        for (Path file : listing.files()) {
          add(files, root, file);
        }
      } else {
        add(files, root, target);
      }
    }
    return new ScanPlan(root, new ArrayList<>(files.values()), false, unlistable);
  }

  /** The working directory when it holds every target, else the deepest directory holding them all. */
  static Path rootFor(Path cwd, List<Path> targets) {
    if (targets.stream().allMatch(t -> t.startsWith(cwd))) {
      return cwd;
    }
    Path common = null;
    for (Path target : targets) {
      Path dir = Files.isDirectory(target) ? target : target.getParent();
      common = common == null ? dir : commonAncestor(common, dir);
    }
    return common;
  }

  private static Path commonAncestor(Path a, Path b) {
    Path candidate = a;
    while (candidate != null && !b.startsWith(candidate)) {
      candidate = candidate.getParent();
    }
    return candidate == null ? a.getRoot() : candidate;
  }

  private static void add(TreeMap<String, SourceFile> files, Path root, Path file) {
    String path = relative(root, file);
    files.putIfAbsent(path, new SourceFile(path, file));
  }

  /** The '/'-separated path of {@code file} below {@code root}; empty for the root itself. */
  static String relative(Path root, Path file) {
    Path rel = root.relativize(file);
    StringBuilder out = new StringBuilder();
    for (Path part : rel) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static boolean underAny(String path, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}

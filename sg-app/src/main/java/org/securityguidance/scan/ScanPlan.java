package org.securityguidance.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: the root every reported path is relative to (the work tree top inside git, else the working
 * directory or the targets' common ancestor), the files in path order, and how many entries could not even be
 * listed.
 */
public record ScanPlan(Path root, List<SourceFile> files, boolean insideGit, int unlistable) {
  public ScanPlan {
    files = List.copyOf(files);
  }
}

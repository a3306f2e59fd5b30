package org.securityguidance.review.scope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies every "is this reviewable source" check: the path table of {@link ReviewableFiles}, the repository's
 * {@code linguist-generated}/{@code linguist-vendored} attributes, generated-file markers and minified content.
 */
final class SourceFilter {
  /** Bytes read from the start of a file to look for a generated marker (a few lines are enough). */
  private static final int HEAD_BYTES = 4096;

  private final GitAttributes attributes;

  SourceFilter(ScopeGit git) {
    this.attributes = new GitAttributes(git);
  }

  /** The paths that pass the path table, the attributes and (for files on disk) the marker check, in order. */
  List<String> paths(Path root, List<String> paths) {
    List<String> named = paths.stream().filter(ReviewableFiles::isReviewable).toList();
    Set<String> flagged = attributes.generatedOrVendored(root, named);
    List<String> out = new ArrayList<>(named.size());
    for (String p : named) {
      if (!flagged.contains(p) && !diskHead(root, p).map(GeneratedCode::hasGeneratedMarker).orElse(false)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The files whose content is neither minified nor, for files not on disk, marked generated in the diff. */
  List<FileDiff> contents(Path root, List<FileDiff> files) {
    List<FileDiff> out = new ArrayList<>(files.size());
    for (FileDiff f : files) {
      boolean minified = GeneratedCode.looksMinified(f.path(), f.content());
      boolean marked = diskHead(root, f.path()).isEmpty()
          && GeneratedCode.hasGeneratedMarker(GeneratedCode.headFromDiff(f.content()));
      if (!minified && !marked) {
        out.add(f);
      }
    }
    return out;
  }

  /** The first bytes of a regular file (never through a symlink), decoded leniently; empty when not readable. */
  private static Optional<String> diskHead(Path root, String rel) {
    try {
      Path file = root.resolve(rel);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }
}

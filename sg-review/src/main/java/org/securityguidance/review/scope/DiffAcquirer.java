package org.securityguidance.review.scope;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Produces the unified diff of a review set against a base (spec §3.4): restricted to repo-relative pathspecs, with
 * new untracked files shown whole through a scratch index, and never the user's real index touched.
 */
final class DiffAcquirer {
  /**
   * Options every content diff carries: settings a user's config could change ({@code diff.context},
   * {@code diff.interHunkContext}, {@code diff.renames}, {@code diff.external}, textconv drivers, colour, prefixes
   * — #4569) are pinned so the parser sees one format.
   */
  static final List<String> DIFF_OPTIONS = List.of("--no-color", "--no-ext-diff", "--no-textconv", "-U3",
      "--inter-hunk-context=0", "-M", "--ignore-submodules=all", "--src-prefix=a/", "--dst-prefix=b/");

  private final ScopeGit git;

  DiffAcquirer(ScopeGit git) {
    this.git = git;
  }

  /**
   * The diff of {@code paths} (absolute or repo-relative) between {@code base} and the work tree. Rename origins
   * are added to the pathspecs so git can pair a rename. An empty string when no path lies inside the repository —
   * never an unrestricted diff; empty when git failed.
   */
  Optional<String> diff(Path root, String base, List<String> paths, Set<String> untracked,
      Map<String, String> renameOrigins) {
    List<String> relative = Pathspecs.relativize(root, paths);
    if (relative.isEmpty() || base == null || base.startsWith("-")) {
      return relative.isEmpty() ? Optional.of("") : Optional.empty();
    }
    List<List<String>> batches = Pathspecs.batches(units(relative, renameOrigins));
    List<String> toAdd = existingUntracked(root, relative, untracked);
    if (toAdd.isEmpty()) {
      return diffBatches(root, base, batches, null);
    }
    Optional<ScratchIndex> scratch = ScratchIndex.copyOf(git, root);
    if (scratch.isEmpty()) {
      return diffBatches(root, base, batches, null); // spec §3.4: no index → no untracked support
    }
    try (ScratchIndex index = scratch.get()) {
      markIntentToAdd(root, index.file(), toAdd);
      return diffBatches(root, base, batches, index.file());
    }
  }

  private static List<List<String>> units(List<String> relative, Map<String, String> renameOrigins) {
    List<List<String>> units = new ArrayList<>(relative.size());
    for (String path : relative) {
      String origin = renameOrigins.get(path);
      units.add(origin == null || relative.contains(origin) ? List.of(path) : List.of(path, origin));
    }
    return units;
  }

  /** Only paths that still exist: one missing path makes the whole {@code git add} fail. */
  private static List<String> existingUntracked(Path root, List<String> relative, Set<String> untracked) {
    Set<String> out = new LinkedHashSet<>();
    for (String path : relative) {
      if (untracked.contains(path) && Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        out.add(path);
      }
    }
    return List.copyOf(out);
  }

  /** Best effort: a failed add leaves those files out of the diff rather than failing the review. */
  private void markIntentToAdd(Path root, Path index, List<String> paths) {
    for (List<String> batch : Pathspecs.batches(paths.stream().map(List::of).toList())) {
      List<String> args = new ArrayList<>(List.of("-c", "core.splitIndex=false", "add", "--intent-to-add", "--"));
      args.addAll(batch);
      // GitTimeout.REV_LIST is the 10 s class the spec gives `add -N` (spec §11).
      git.runWithIndex(root, GitTimeout.REV_LIST, index, args);
    }
  }

  private Optional<String> diffBatches(Path root, String base, List<List<String>> batches, Path index) {
    StringBuilder out = new StringBuilder();
    for (List<String> batch : batches) {
      List<String> args = new ArrayList<>();
      args.add("diff");
      args.addAll(DIFF_OPTIONS);
      args.add(base);
      args.add("--");
      args.addAll(batch);
      ProcessResult r = index == null
          ? git.run(root, GitTimeout.DIFF, args)
          : git.runWithIndex(root, GitTimeout.DIFF, index, args);
      if (!r.ok()) {
        return Optional.empty();
      }
      out.append(r.truncated() ? DiffParser.withoutLastFile(r.stdout()) : r.stdout());
    }
    return Optional.of(out.toString());
  }
}

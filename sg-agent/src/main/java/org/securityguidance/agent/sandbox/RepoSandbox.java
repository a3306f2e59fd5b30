package org.securityguidance.agent.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Confines the reviewer's file access to one repository: the only class that turns model-supplied path text into
 * real paths, and the only one that opens files.
 *
 * <p>Design note: a path is checked lexically first (no {@code ..} above the root, absolute paths only under the
 * root, no {@code .git} component, no secret-looking name) so that refused paths are never even stat'ed; then it is
 * walked one component at a time through {@link Path#toRealPath}, so a symlinked directory that leaves the root is
 * refused even when a later link would lead back in; then the real target must be a regular file outside every git
 * directory, not secret-named and listed by git (tracked, or untracked and not ignored). Files in the diff under
 * review are exempt from the name and ignore rules only: their content is already in the request.
 */
public final class RepoSandbox {
  private static final int DIRECTORY_CACHE_LIMIT = 50_000;

  private final Path root;
  private final List<Path> rootAliases;
  private final List<Path> gitDirs;
  private final Set<String> diffPaths;
  private final RepoListing listing;
  private final Set<String> listed;
  private final Map<String, Path> verifiedDirectories = new ConcurrentHashMap<>();
  private final AtomicLong bytesRead = new AtomicLong();

  private RepoSandbox(Path root, List<Path> rootAliases, List<Path> gitDirs, Set<String> diffPaths,
      RepoListing listing) {
    this.root = root;
    this.rootAliases = rootAliases;
    this.gitDirs = gitDirs;
    this.diffPaths = diffPaths;
    this.listing = listing;
    this.listed = new HashSet<>(listing.files());
  }

  /**
   * A sandbox over the work tree at {@code repoRoot}, asking git for its git directories and file listing.
   *
   * @param diffPaths repository-relative paths of the files in the change under review
   * @throws IOException when the root does not exist or is not a git work tree
   */
  public static RepoSandbox open(Git git, Path repoRoot, Collection<String> diffPaths) throws IOException {
    Path real = repoRoot.toRealPath();
    RepoListing listing = RepoListing.fromGit(git, real)
        .orElseThrow(() -> new IOException("not a git work tree, or git could not list its files"));
    List<Path> gitDirs = new ArrayList<>();
    gitDir(git, real).ifPresent(gitDirs::add);
    git.commonDir(real).ifPresent(gitDirs::add);
    return create(repoRoot, gitDirs, diffPaths, listing);
  }

  /** A sandbox from explicit parts (tests, or a caller that already listed the files). */
  public static RepoSandbox create(Path repoRoot, Collection<Path> gitDirs, Collection<String> diffPaths,
      RepoListing listing) throws IOException {
    Path real = repoRoot.toRealPath();
    List<Path> aliases = new ArrayList<>(new LinkedHashSet<>(
        List.of(real, repoRoot.toAbsolutePath().normalize())));
    List<Path> dirs = new ArrayList<>();
    for (Path dir : gitDirs) {
      dirs.add(realOrNormal(dir));
    }
    Set<String> diff = new HashSet<>();
    for (String p : diffPaths) {
      String normal = PathInput.normalizeRelative(p);
      if (normal != null && !normal.isEmpty()) {
        diff.add(normal);
      }
    }
    return new RepoSandbox(real, List.copyOf(aliases), List.copyOf(dirs), Set.copyOf(diff), listing);
  }

  /** The repository root (a real path). */
  public Path root() {
    return root;
  }

  /** The normalised repository-relative paths of the change under review. */
  public Set<String> diffPaths() {
    return diffPaths;
  }

  /** The repository's files (tracked, and untracked but not ignored), repository-relative, in git's order. */
  public List<String> files() {
    return listing.files();
  }

  /** Resolves {@code userPath} to a readable regular file inside the repository, or says why not. */
  public Resolution resolve(String userPath) {
    return locate(userPath, false);
  }

  /** Resolves {@code userPath} to a directory inside the repository ({@code ""} or {@code .} is the root). */
  public Resolution resolveDirectory(String userPath) {
    return locate(userPath == null || userPath.isBlank() ? "." : userPath, true);
  }

  /**
   * Opens a confined file for reading at most {@code maxBytes} bytes, whatever its size. The file is re-checked to
   * be regular and opened without following a final symlink.
   */
  public InputStream open(ConfinedFile file, long maxBytes) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file.realPath(), BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    if (!attrs.isRegularFile()) {
      throw new IOException("no longer a regular file");
    }
    InputStream in = Files.newInputStream(file.realPath(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    return new BoundedInputStream(in, maxBytes, bytesRead);
  }

  /** Reads at most {@code maxBytes} from the start of a confined file. */
  public byte[] readHead(ConfinedFile file, int maxBytes) throws IOException {
    try (InputStream in = open(file, maxBytes)) {
      return in.readNBytes(maxBytes);
    }
  }

  /** Total bytes read from disk through this sandbox. */
  public long bytesRead() {
    return bytesRead.get();
  }

  private Resolution locate(String userPath, boolean directory) {
    PathInput.Lexical lex = PathInput.toRelative(userPath, rootAliases);
    if (lex.refusal() != null) {
      return Resolution.refused(lex.refusal());
    }
    String rel = lex.relative();
    if (PathInput.namesGitDir(rel)) {
      return Resolution.refused(Refusal.GIT_INTERNALS);
    }
    if (!directory && !diffPaths.contains(rel) && SecretFileNames.matches(rel)) {
      return Resolution.refused(Refusal.SECRET_FILE);
    }
    try {
      Path real = walk(rel);
      if (real == null) {
        return Resolution.refused(Refusal.SYMLINK_ESCAPE);
      }
      String realRel = relativeToRoot(real);
      if (PathInput.namesGitDir(realRel) || gitDirs.stream().anyMatch(real::startsWith)) {
        return Resolution.refused(Refusal.GIT_INTERNALS);
      }
      BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return directory ? asDirectory(realRel, attrs) : asFile(realRel, real, attrs);
    } catch (NoSuchFileException e) {
      return Resolution.refused(Refusal.NOT_FOUND);
    } catch (AccessDeniedException e) {
      return Resolution.refused(Refusal.UNREADABLE);
    } catch (FileSystemException e) {
      // "Not a directory" (a file used as a directory) and symlink loops land here.
      return Resolution.refused(Refusal.NOT_FOUND);
    } catch (IOException | SecurityException e) {
      return Resolution.refused(Refusal.UNREADABLE);
    }
  }

  private static Resolution asDirectory(String realRel, BasicFileAttributes attrs) {
    return attrs.isDirectory() ? Resolution.directory(realRel) : Resolution.refused(Refusal.NOT_A_DIRECTORY);
  }

  private Resolution asFile(String realRel, Path real, BasicFileAttributes attrs) {
    if (attrs.isDirectory()) {
      return Resolution.refused(Refusal.IS_A_DIRECTORY);
    }
    if (!attrs.isRegularFile()) {
      return Resolution.refused(Refusal.NOT_A_REGULAR_FILE);
    }
    if (!diffPaths.contains(realRel)) {
      if (SecretFileNames.matches(realRel)) {
        return Resolution.refused(Refusal.SECRET_FILE);
      }
      if (!listed.contains(realRel) || listing.trackedButIgnored().contains(realRel)) {
        return Resolution.refused(Refusal.IGNORED_FILE);
      }
    }
    return Resolution.file(new ConfinedFile(realRel, real, attrs.size()));
  }

  /**
   * The real path of {@code rel}, resolving one component at a time so that every intermediate directory's real
   * path is checked; null when any of them (or the target) lies outside the root.
   */
  private Path walk(String rel) throws IOException {
    if (rel.isEmpty()) {
      return root;
    }
    String[] parts = rel.split("/");
    Path current = root;
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      prefix.append(i == 0 ? "" : "/").append(parts[i]);
      boolean last = i == parts.length - 1;
      Path cached = last ? null : verifiedDirectories.get(prefix.toString());
      if (cached != null) {
        current = cached;
        continue;
      }
      Path real = current.resolve(parts[i]).toRealPath();
      if (!real.startsWith(root)) {
        return null;
      }
      if (!last && verifiedDirectories.size() < DIRECTORY_CACHE_LIMIT) {
        verifiedDirectories.put(prefix.toString(), real);
      }
      current = real;
    }
    return current;
  }

  private String relativeToRoot(Path real) {
    StringBuilder out = new StringBuilder();
    for (Path name : root.relativize(real)) {
      String s = name.toString();
      if (!s.isEmpty()) {
        out.append(out.length() == 0 ? "" : "/").append(s);
      }
    }
    return out.toString();
  }

  private static Optional<Path> gitDir(Git git, Path root) {
    ProcessResult r = git.run(root, GitTimeout.LOOKUP, "rev-parse", "--absolute-git-dir");
    String line = r.ok() ? r.stdout().strip() : "";
    if (line.isEmpty() || line.contains("\n")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(line));
  }

  private static Path realOrNormal(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException | SecurityException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}

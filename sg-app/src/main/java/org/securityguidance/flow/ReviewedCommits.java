package org.securityguidance.flow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.securityguidance.git.Git;

/**
 * The clone-wide record of reviewed commits, {@code <git-common-dir>/sg-reviewed-shas} (spec §2.2): one line per
 * commit, {@code <sha>\t<unix ts>\t<plugin version>\t<vulns found>}, newest last, at most {@link #MAX_LINES}. Shared
 * by linked worktrees and sessions, so a commit reviewed once is skipped by every later commit or push review.
 *
 * <p>Design note: a writer holds an exclusive lock on the sibling {@code .lock} file for one read → merge → rewrite
 * (temp file + rename, so a reader never sees half a file). Without the lock (a stuck holder, an odd file system) it
 * falls back to a plain append, as the original does; the cap is enforced by the next locked write. Reading never
 * locks. Only a review that produced a verdict is recorded (V-OUTCOME): a failed review leaves the commit for the
 * push review.
 */
public final class ReviewedCommits {
  public static final String FILE_NAME = "sg-reviewed-shas";
  static final int MAX_LINES = 500;

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final long MAX_FILE_BYTES = 1024 * 1024;
  private static final long LOCK_WAIT_NANOS = 5_000_000_000L;
  /** FileChannel locks are per JVM: threads of one process must take turns before asking the OS. */
  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;

  public ReviewedCommits(Path commonDir) {
    this.file = commonDir.resolve(FILE_NAME);
  }

  /** The record of the repository containing {@code dir}; empty when it is not a repository. */
  public static Optional<ReviewedCommits> of(Git git, Path dir) {
    return git.commonDir(dir).map(ReviewedCommits::new);
  }

  public Path file() {
    return file;
  }

  /** The reviewed object ids, oldest first; unreadable or foreign lines are ignored. */
  public Set<String> shas() {
    return new LinkedHashSet<>(read().keySet());
  }

  /** True when {@code sha} (full, or an abbreviation of at least 7 characters) was reviewed. */
  public boolean contains(String sha) {
    Set<String> all = shas();
    return all.contains(sha) || (sha.length() >= 7 && all.stream().anyMatch(s -> s.startsWith(sha)));
  }

  /**
   * Records {@code shas} (full ids) as reviewed now; returns false (never throws) when nothing could be written.
   *
   * @param vulnsFound findings of the review that covered them
   */
  public boolean record(Collection<String> shas, long nowSeconds, long pluginVersion, int vulnsFound) {
    List<String> lines = new ArrayList<>();
    shas.stream().filter(s -> OBJECT_ID.matcher(s).matches())
        .forEach(s -> lines.add(s + "\t" + nowSeconds + "\t" + pluginVersion + "\t" + vulnsFound));
    if (lines.isEmpty()) {
      return true;
    }
    Object monitor = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object());
    synchronized (monitor) {
      Path lockFile = file.resolveSibling(FILE_NAME + ".lock");
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = acquire(channel)) {
        return lock == null ? append(lines) : rewrite(lines);
      } catch (IOException | RuntimeException e) {
        return append(lines);
      }
    }
  }

  /** Merge under the lock: one line per id, the newest kept, at most {@link #MAX_LINES}. */
  private boolean rewrite(List<String> added) throws IOException {
    Map<String, String> byId = read();
    for (String line : added) {
      String id = line.substring(0, line.indexOf('\t'));
      byId.remove(id);
      byId.put(id, line);
    }
    List<String> kept = new ArrayList<>(byId.values());
    List<String> tail = kept.subList(Math.max(0, kept.size() - MAX_LINES), kept.size());
    Path temp = file.resolveSibling(FILE_NAME + ".tmp");
    Files.write(temp, tail, StandardCharsets.UTF_8);
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return true;
  }

  private boolean append(List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Id → whole line in file order; only lines whose first field is a full lower-case object id. */
  private Map<String, String> read() {
    Map<String, String> byId = new LinkedHashMap<>();
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return byId;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        String id = tab < 0 ? line.strip() : line.substring(0, tab);
        if (OBJECT_ID.matcher(id).matches()) {
          byId.remove(id);
          byId.put(id, line);
        }
      }
    } catch (NoSuchFileException e) {
      return byId;
    } catch (IOException | RuntimeException e) {
      return byId; // unreadable (or not UTF-8): nothing counts as reviewed, which only costs a repeat review
    }
    return byId;
  }

  private static FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
    long pause = 1;
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null || System.nanoTime() > deadline) {
        return lock;
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      pause = Math.min(pause * 2, 16);
    }
  }
}

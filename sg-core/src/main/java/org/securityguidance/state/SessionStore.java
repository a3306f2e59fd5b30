package org.securityguidance.state;

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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.securityguidance.json.Json;

/**
 * One session's state file with locked read-modify-write (spec §5.4). Each {@link #update} holds an exclusive lock
 * on the sibling {@code .lock} file for exactly one load → mutate → save, so concurrent hooks (parallel tool calls, a
 * background Stop overlapping the next prompt, #1944) interleave safely at operation granularity.
 *
 * <p>Design note: unlike the original, the save is atomic (temp file + rename), the lock works on Windows too
 * ({@link FileChannel#lock} maps to LockFileEx), and waiting for it is bounded: a stuck holder makes the hook fail open
 * instead of hanging. Callers treat an empty result as "state unavailable" and fail open (show the warning).
 */
public final class SessionStore {
  /** File-name prefix shared by state and lock files (also what garbage collection matches). */
  public static final String PREFIX = "security_warnings_state_";

  private static final long LOCK_WAIT_NANOS = 10_000_000_000L;
  private static final long MAX_STATE_BYTES = 8L * 1024 * 1024;
  /** Same-JVM callers must serialise themselves: a second FileChannel lock in one JVM throws instead of waiting. */
  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path stateFile;
  private final Path lockFile;
  private final DebugLog log;

  public SessionStore(Path stateDir, String key, DebugLog log) {
    this.stateFile = stateDir.resolve(PREFIX + key + ".json");
    this.lockFile = stateDir.resolve(PREFIX + key + ".lock");
    this.log = log;
  }

  public Path stateFile() {
    return stateFile;
  }

  /**
   * Loads the document, applies {@code operation}, and saves it if it changed, all under the lock. The operation must
   * return a non-null result; an empty optional means the state could not be locked, read or written.
   */
  public <R> Optional<R> update(Function<Map<String, Object>, R> operation) {
    Object fresh = new Object();
    Object raced = IN_PROCESS.putIfAbsent(lockFile.toAbsolutePath(), fresh);
    Object monitor = raced != null ? raced : fresh;
    synchronized (monitor) {
      try {
        DebugLog.createPrivateDirectories(stateFile.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = acquire(channel)) {
          if (lock == null) {
            log.log("state lock timed out: " + lockFile);
            return Optional.empty();
          }
          return Optional.of(apply(operation));
        }
      } catch (IOException | RuntimeException e) {
        log.log("state update failed (" + e.getClass().getSimpleName() + "): " + stateFile);
        return Optional.empty();
      }
    }
  }

  /** A locked read without writing back. */
  public Optional<Map<String, Object>> read() {
    return update(doc -> doc);
  }

  private <R> R apply(Function<Map<String, Object>, R> operation) throws IOException {
    Map<String, Object> doc = load();
    String before = Json.write(doc);
    R result = operation.apply(doc);
    if (result == null) {
      throw new IllegalStateException("state operation returned null");
    }
    String after = Json.write(doc);
    if (!after.equals(before)) {
      save(after);
    }
    return result;
  }

  private static FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
    long pauseMillis = 1;
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      pauseMillis = Math.min(pauseMillis * 2, 16);
    }
  }

  private Map<String, Object> load() {
    String text;
    try {
      if (Files.size(stateFile) > MAX_STATE_BYTES) {
        log.log("state file too large, starting fresh: " + stateFile);
        return SessionDoc.fresh();
      }
      text = Files.readString(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return SessionDoc.fresh();
    } catch (IOException | RuntimeException e) {
      log.log("state file unreadable, starting fresh (" + e.getClass().getSimpleName() + "): " + stateFile);
      return SessionDoc.fresh();
    }
    return SessionDoc.fromParsed(parseQuietly(text));
  }

  private Object parseQuietly(String text) {
    try {
      return Json.parse(text);
    } catch (RuntimeException e) {
      log.log("state file is not valid JSON, starting fresh: " + stateFile);
      return null;
    }
  }

  private void save(String json) throws IOException {
    Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.writeString(temp, json, StandardCharsets.UTF_8);
    try {
      Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The pointer file {@code <state>/jvm-cache/archives.index} that the launcher reads before every JVM start: one line
 * per registered archive, newest first, telling for exactly which java binary, {@code release} line, jar path and jar
 * SHA-256 (the jar's {@code .sha256} sidecar) the archive was built.
 *
 * <p>Design note: the launcher must decide without forking or hashing (bash, on every hook), so each entry is a
 * single tab-separated line it can split with {@code read}; values holding a tab or a line break are never written.
 * The JVM's own archive validation is not relied upon (spec §4.4); this file is what keeps a stale archive away.
 */
public final class JvmCacheIndex {
  /** File name inside the jvm-cache directory. */
  public static final String FILE_NAME = "archives.index";

  /** Entries kept; the newest two, as spec §4.4 asks for the archive files. */
  public static final int KEEP = 2;

  private static final String VERSION_TAG = "v1";

  /** One registered archive; {@code archive} is a file name inside the jvm-cache directory. */
  public record Entry(JvmCacheMode mode, String archive, String javaBin, String releaseLine, String jarPath,
      String jarSha256) {

    /** True when no field could break the line format or a bash {@code read}. */
    public boolean writable() {
      for (String v : List.of(archive, javaBin, releaseLine, jarPath, jarSha256)) {
        if (v == null || v.isEmpty() || v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
          return false;
        }
      }
      return mode != JvmCacheMode.NONE && !archive.contains("/") && !archive.contains("\\");
    }

    /** Same runtime, release and jar: a newer build for it replaces this one. */
    boolean sameTarget(Entry other) {
      return javaBin.equals(other.javaBin) && releaseLine.equals(other.releaseLine) && jarPath.equals(other.jarPath)
          && jarSha256.equals(other.jarSha256);
    }

    String line() {
      return String.join("\t", VERSION_TAG, Integer.toString(mode.code()), archive, javaBin, releaseLine, jarPath,
          jarSha256);
    }

    static Entry parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 7 || !f[0].equals(VERSION_TAG)) {
        return null;
      }
      JvmCacheMode mode = f[1].length() == 1 ? JvmCacheMode.ofCode(f[1].charAt(0) - '0') : JvmCacheMode.NONE;
      Entry e = new Entry(mode, f[2], f[3], f[4], f[5], f[6]);
      return e.writable() ? e : null;
    }
  }

  private JvmCacheIndex() {}

  /** The entries of the index in {@code dir}, newest first; a missing or garbled file reads as empty. */
  public static List<Entry> read(Path dir) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (String line : lines) {
      Entry e = Entry.parse(line);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Puts {@code entry} first, drops older entries for the same target, keeps {@link #KEEP}, and replaces the file
   * atomically (temp file + rename) so a launcher never reads half a line. Returns the entries now registered.
   */
  public static List<Entry> register(Path dir, Entry entry) throws IOException {
    if (!entry.writable()) {
      throw new IllegalArgumentException("a path holds a tab or line break; the launcher could not read it");
    }
    List<Entry> kept = new ArrayList<>();
    kept.add(entry);
    for (Entry old : read(dir)) {
      if (kept.size() < KEEP && !old.sameTarget(entry) && !old.archive().equals(entry.archive())) {
        kept.add(old);
      }
    }
    StringBuilder text = new StringBuilder();
    kept.forEach(e -> text.append(e.line()).append('\n'));
    Path tmp = dir.resolve(FILE_NAME + ".tmp." + ProcessHandle.current().pid());
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return kept;
  }
}

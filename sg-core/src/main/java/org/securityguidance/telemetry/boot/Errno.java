package org.securityguidance.telemetry.boot;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical Linux errno numbers ({@code boot_errno}) for Java exceptions, which carry no errno (spec §4.6): from the
 * exception class, then the strerror reason text (POSIX and Windows wording), then {@code error=N} of
 * {@code ProcessBuilder.start}. 0 means unknown and is never emitted.
 */
public final class Errno {
  /** Longer than any strerror text; bounds the work on a hostile message. */
  private static final int MAX_TEXT = 4096;

  private static final int POSIX_SHARED_MAX = 34;

  /** {@code error=N}, optionally after {@code CreateProcess} (Windows); group 1 marks Windows. */
  private static final Pattern ERROR_EQUALS =
      Pattern.compile("(createprocess\\s{0,4})?error=(\\d{1,6})", Pattern.CASE_INSENSITIVE);

  /** Win32 error codes of {@code CreateProcess} mapped to the canonical errno (spec §4.6 step 3). */
  private static final Map<Integer, Integer> WINDOWS = Map.of(2, 2, 3, 2, 5, 13, 32, 16, 112, 28, 123, 22, 193, 8,
      206, 36, 1455, 12);

  /** Exception classes that name their errno by themselves (spec §4.6 step 1). */
  private static final List<Map.Entry<Class<? extends FileSystemException>, Integer>> CLASS_ERRNO = List.of(
      Map.entry(NoSuchFileException.class, 2), Map.entry(AccessDeniedException.class, 13),
      Map.entry(FileAlreadyExistsException.class, 17), Map.entry(NotDirectoryException.class, 20),
      Map.entry(DirectoryNotEmptyException.class, 39), Map.entry(FileSystemLoopException.class, 40));

  /** Lower-case strerror texts, longest first so "too many open files in system" beats "too many open files". */
  private static final List<Map.Entry<String, Integer>> TEXTS = sortedLongestFirst(Map.ofEntries(
      Map.entry("no such file or directory", 2), Map.entry("operation not permitted", 1),
      Map.entry("permission denied", 13), Map.entry("file exists", 17), Map.entry("not a directory", 20),
      Map.entry("is a directory", 21), Map.entry("no space left on device", 28),
      Map.entry("read-only file system", 30), Map.entry("file name too long", 36),
      Map.entry("too many open files in system", 23), Map.entry("too many open files", 24),
      Map.entry("disk quota exceeded", 122), Map.entry("disc quota exceeded", 122),
      Map.entry("device or resource busy", 16), Map.entry("resource busy", 16), Map.entry("text file busy", 26),
      Map.entry("invalid cross-device link", 18), Map.entry("cross-device link", 18),
      Map.entry("too many levels of symbolic links", 40), Map.entry("directory not empty", 39),
      Map.entry("input/output error", 5), Map.entry("cannot allocate memory", 12),
      Map.entry("argument list too long", 7), Map.entry("exec format error", 8), Map.entry("invalid argument", 22),
      // Windows wording (FormatMessage texts the JDK passes through).
      Map.entry("cannot find the file specified", 2), Map.entry("cannot find the path specified", 2),
      Map.entry("access is denied", 13), Map.entry("being used by another process", 16),
      Map.entry("not enough space on the disk", 28), Map.entry("filename or extension is too long", 36),
      Map.entry("directory is not empty", 39), Map.entry("syntax is incorrect", 22),
      Map.entry("cannot create a file when that file already exists", 17)));

  private Errno() {}

  /** The canonical errno of {@code t}'s root cause (wrappers unwrapped), or 0. */
  public static int canonical(Throwable t) {
    Throwable root = Causes.root(t);
    if (root == null) {
      return 0;
    }
    int implied = impliedByClass(root);
    if (implied != 0) {
      return implied;
    }
    if (root instanceof FileSystemException fse) {
      // The message also holds the path, which could contain strerror-like words; only the reason is trusted.
      return fromText(fse.getReason());
    }
    if (root instanceof FileNotFoundException) {
      return fromText(trailingParenthesis(root.getMessage()));
    }
    return fromText(root.getMessage());
  }

  /**
   * The errno a message names: {@code error=N} of a process start (POSIX N ≤ 34, Windows {@code CreateProcess
   * error=N} through the Win32 table), else the longest strerror text it contains (case-insensitive), else 0.
   */
  public static int fromText(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    int fromCode = fromErrorEquals(t);
    if (fromCode != 0) {
      return fromCode;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Integer> e : TEXTS) {
      if (lower.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return 0;
  }

  private static int impliedByClass(Throwable t) {
    for (Map.Entry<Class<? extends FileSystemException>, Integer> e : CLASS_ERRNO) {
      if (e.getKey().isInstance(t)) {
        return e.getValue();
      }
    }
    return 0;
  }

  private static int fromErrorEquals(String text) {
    Matcher m = ERROR_EQUALS.matcher(text);
    if (!m.find()) {
      return 0;
    }
    int n = Integer.parseInt(m.group(2));
    if (m.group(1) != null) {
      return WINDOWS.getOrDefault(n, 0);
    }
    return n >= 1 && n <= POSIX_SHARED_MAX ? n : 0;
  }

  /** {@code "/a/b (Not a directory)"} → {@code "Not a directory"}; no parenthesis → the whole message. */
  static String trailingParenthesis(String message) {
    if (message == null) {
      return null;
    }
    String m = message.strip();
    int open = m.lastIndexOf(" (");
    if (!m.endsWith(")") || open < 0) {
      return m;
    }
    return m.substring(open + 2, m.length() - 1);
  }

  private static List<Map.Entry<String, Integer>> sortedLongestFirst(Map<String, Integer> table) {
    return table.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .toList();
  }
}

package org.securityguidance.review.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits unified diff text (from {@code git diff}/{@code git show} with {@code a/} and {@code b/} prefixes) into one
 * {@link FileDiff} per file, keeping each file's hunks from its first {@code @@} line (spec §3.5).
 *
 * <p>Design note: paths are read from the {@code ---}/{@code +++} lines (C-unquoted, with git's trailing tab for
 * names containing spaces removed), never by regex-splitting {@code diff --git a/… b/…}, which cannot be split
 * reliably when a name contains {@code " b/"}. Chunks without a hunk — binary files, pure renames, mode-only
 * changes — are dropped, as are submodule and symlink entries, which carry no source text. Deleted files are kept.
 */
public final class DiffParser {
  private static final String FILE_START = "diff --git ";
  private static final String SUBMODULE_MODE = "160000";
  private static final String SYMLINK_MODE = "120000";

  private DiffParser() {}

  /** The files of {@code diffText} in order; never throws. */
  public static List<FileDiff> parse(String diffText) {
    List<FileDiff> out = new ArrayList<>();
    if (diffText == null || diffText.isEmpty()) {
      return out;
    }
    List<Integer> starts = fileStarts(diffText);
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : diffText.length();
      parseChunk(diffText.substring(starts.get(i), end)).ifPresent(out::add);
    }
    return out;
  }

  /** {@code diffText} without its last file, for output git cut short at the capture limit. */
  static String withoutLastFile(String diffText) {
    List<Integer> starts = fileStarts(diffText);
    return starts.isEmpty() ? "" : diffText.substring(0, starts.get(starts.size() - 1));
  }

  private static List<Integer> fileStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    if (text.startsWith(FILE_START)) {
      starts.add(0);
    }
    int from = 0;
    while (true) {
      int nl = text.indexOf("\n" + FILE_START, from);
      if (nl < 0) {
        return starts;
      }
      starts.add(nl + 1);
      from = nl + 1;
    }
  }

  private static Optional<FileDiff> parseChunk(String chunk) {
    int hunk = chunk.indexOf("\n@@");
    if (hunk < 0) {
      return Optional.empty();
    }
    Header header = Header.read(chunk.substring(0, hunk + 1));
    String path = header.path();
    if (path == null || path.isEmpty() || header.special) {
      return Optional.empty();
    }
    return Optional.of(new FileDiff(path, chunk.substring(hunk + 1), header.newFile(), 0));
  }

  /** What the extended header lines of one file say. */
  private static final class Header {
    String oldPath;
    String newPath;
    boolean devNullOld;
    boolean newFileMode;
    boolean special;

    static Header read(String text) {
      Header h = new Header();
      for (String line : text.split("\n", -1)) {
        h.line(line);
      }
      return h;
    }

    void line(String line) {
      if (line.startsWith("--- ")) {
        oldPath = name(line.substring(4), "a/");
        devNullOld = oldPath == null;
      } else if (line.startsWith("+++ ")) {
        newPath = name(line.substring(4), "b/");
      } else if (line.startsWith("new file mode ")) {
        newFileMode = true;
        special |= isSpecialMode(line);
      } else if (line.startsWith("index ") || line.startsWith("deleted file mode ")
          || line.startsWith("new mode ") || line.startsWith("old mode ")) {
        special |= isSpecialMode(line);
      }
    }

    String path() {
      return newPath != null ? newPath : oldPath;
    }

    boolean newFile() {
      return newFileMode || devNullOld;
    }

    private static boolean isSpecialMode(String line) {
      return line.endsWith(" " + SUBMODULE_MODE) || line.endsWith(" " + SYMLINK_MODE);
    }

    /** The path of a {@code ---}/{@code +++} line; {@code null} for {@code /dev/null}. */
    private static String name(String field, String prefix) {
      String f = field.endsWith("\t") ? field.substring(0, field.length() - 1) : field;
      if (f.endsWith("\r")) {
        f = f.substring(0, f.length() - 1);
      }
      if (f.equals("/dev/null")) {
        return null;
      }
      String unquoted = CQuoted.unquote(f);
      return unquoted.startsWith(prefix) ? unquoted.substring(prefix.length()) : unquoted;
    }
  }
}

package org.securityguidance.remind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.securityguidance.rules.Match;

/**
 * Finds the file line of a match in edited text. For a Write the scanned text is the file, so the match line is the
 * answer; for Edit/MultiEdit the new text is looked up in the file on disk (the hook runs after the tool), so the
 * reminder points at the real line instead of a line of the snippet. Unknown → 0 (the header then omits the line).
 */
final class LineLocator {
  /** Files larger than this are not read for line numbers. */
  static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  private final EditRequest request;
  private String fileText;
  private boolean fileRead;

  LineLocator(EditRequest request) {
    this.request = request;
  }

  int lineOf(Match match) {
    if (request.isWrite()) {
      return match.line();
    }
    EditRequest.Segment segment = segmentAt(match.offset());
    String file = file();
    if (segment == null || segment.text().isEmpty() || file == null) {
      return 0;
    }
    int at = file.indexOf(segment.text());
    if (at < 0) {
      return 0;
    }
    int withinSegment = Math.max(0, Math.min(match.offset() - segment.offset(), segment.text().length()));
    return countLines(file, at) + countLines(segment.text(), withinSegment) + 1;
  }

  private EditRequest.Segment segmentAt(int offset) {
    EditRequest.Segment found = null;
    for (EditRequest.Segment s : request.segments()) {
      if (s.offset() <= offset) {
        found = s;
      }
    }
    return found;
  }

  private String file() {
    if (!fileRead) {
      fileRead = true;
      fileText = readSmallFile(request.filePath());
    }
    return fileText;
  }

  /** UTF-8 text of a file of at most {@link #MAX_FILE_BYTES}, or null. */
  static String readSmallFile(String rawPath) {
    try {
      Path path = Path.of(rawPath);
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_FILE_BYTES) {
        return null;
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new String(in.readNBytes(MAX_FILE_BYTES), StandardCharsets.UTF_8);
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return null;
    }
  }

  private static int countLines(String text, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}

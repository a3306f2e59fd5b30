package org.securityguidance.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits git's {@code -z} output into UTF-8 strings (no C-quoting to undo, so spaces and non-ASCII are exact). */
final class NulSeparated {
  private NulSeparated() {}

  /**
   * The NUL-terminated records of {@code bytes}. When {@code truncated}, the trailing record may be cut short and
   * is dropped.
   */
  static List<String> split(byte[] bytes, boolean truncated) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i > start) {
          out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    if (start < bytes.length && !truncated) {
      out.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }
    return out;
  }
}

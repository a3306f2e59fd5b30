package org.securityguidance.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * URI spelling for SARIF artifact locations: every byte outside RFC 3986's unreserved set (and '/') is
 * percent-encoded, so spaces, '#', '%' and non-ASCII names survive GitHub's URI parsing.
 */
final class SarifUris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SarifUris() {}

  /** A '/'-separated relative path as a relative URI reference ({@code a b/ü.py} → {@code a%20b/%C3%BC.py}). */
  static String relative(String path) {
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** The absolute {@code file:} URI of a directory, ending in '/' as SARIF requires for a base URI. */
  static String directory(Path dir) {
    StringBuilder out = new StringBuilder("file://");
    for (String segment : dir.toAbsolutePath().toString().replace('\\', '/').split("/")) {
      if (!segment.isEmpty()) {
        // A Windows drive ("C:") keeps its colon: file:///C:/...
        out.append('/').append(segment.matches("[A-Za-z]:") ? segment : relative(segment));
      }
    }
    return out.append('/').toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}

package org.securityguidance.agent.review;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Delimiters for untrusted data in the agent's prompts, in the same form as the single-shot prompt's (spec
 * llm-review §13.1): a per-request random token, checked to be absent from everything it encloses, so no diff,
 * path, finding or policy text can forge a delimiter.
 */
final class Fence {
  private static final int MAX_ATTEMPTS = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Fence() {}

  /** 64 random bits as 16 lower-case hex digits. */
  static String randomNonce() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The first token from {@code source} that occurs nowhere in {@code untrusted} (case-insensitively). */
  static String chooseNonce(Supplier<String> source, CharSequence untrusted) {
    String haystack = untrusted.toString().toLowerCase(Locale.ROOT);
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      String nonce = source.get();
      if (nonce != null && nonce.length() >= 8 && !haystack.contains(nonce.toLowerCase(Locale.ROOT))) {
        return nonce;
      }
    }
    throw new IllegalStateException("no delimiter token absent from the review data after " + MAX_ATTEMPTS + " tries");
  }

  static String open(String kind, String nonce, String attributes) {
    return "<<<SG-" + kind + "-" + nonce + (attributes.isEmpty() ? "" : " " + attributes) + ">>>";
  }

  static String close(String kind, String nonce) {
    return "<<<END-SG-" + kind + "-" + nonce + ">>>";
  }

  /** {@code content} between an opening and a closing line, ending with a newline before the closing line. */
  static void append(StringBuilder out, String kind, String nonce, String attributes, String content) {
    out.append(open(kind, nonce, attributes)).append('\n').append(content);
    if (!content.isEmpty() && !content.endsWith("\n")) {
      out.append('\n');
    }
    out.append(close(kind, nonce));
  }

  /** A double-quoted attribute value: quotes, backslashes and control characters escaped so it stays on one line. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}

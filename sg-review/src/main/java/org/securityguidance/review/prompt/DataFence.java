package org.securityguidance.review.prompt;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Delimiters for untrusted data in the single-shot and agentic prompts (spec llm-review §13.1): every block is opened
 * and closed by a line carrying a per-request random token that is checked to be absent from everything the delimiters
 * enclose, so no diff, path, earlier finding or policy file can forge a delimiter and step outside its block.
 */
public final class DataFence {
  private static final int MAX_ATTEMPTS = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private DataFence() {}

  /** 64 random bits as 16 lower-case hex digits. */
  public static String randomNonce() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The first token from {@code source} that occurs nowhere in {@code untrusted} (compared case-insensitively). */
  public static String chooseNonce(Supplier<String> source, CharSequence untrusted) {
    String haystack = untrusted.toString().toLowerCase(Locale.ROOT);
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      String nonce = source.get();
      if (nonce != null && nonce.length() >= 8 && !haystack.contains(nonce.toLowerCase(Locale.ROOT))) {
        return nonce;
      }
    }
    throw new IllegalStateException("no delimiter token absent from the review data after " + MAX_ATTEMPTS + " tries");
  }

  /** The opening line of a {@code kind} block, with optional attributes. */
  public static String open(String kind, String nonce, String attributes) {
    return "<<<SG-" + kind + "-" + nonce + (attributes.isEmpty() ? "" : " " + attributes) + ">>>";
  }

  /** The closing line of a {@code kind} block. */
  public static String close(String kind, String nonce) {
    return "<<<END-SG-" + kind + "-" + nonce + ">>>";
  }

  /** {@code content} between an opening and a closing line, ending with a newline before the closing line. */
  public static void append(StringBuilder out, String kind, String nonce, String attributes, String content) {
    out.append(open(kind, nonce, attributes)).append('\n').append(content);
    if (!content.isEmpty() && !content.endsWith("\n")) {
      out.append('\n');
    }
    out.append(close(kind, nonce));
  }

  /** A double-quoted attribute value: quotes, backslashes and control characters escaped so it stays on one line. */
  public static String quoted(String value) {
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

package org.securityguidance.rules.secret;

import java.util.List;

/**
 * PEM and OpenSSH private key blocks: a BEGIN header followed by a base64 body. The body is walked by hand (not by a
 * multi-line regex) and may be split by newlines, escaped {@code \n} (JSON service-account files) or quotes (keys
 * pasted into string concatenations). A header followed by "..." or a short stub is documentation, not a key.
 */
final class PrivateKeyBlocks {
  private static final String ANCHOR = "-----BEGIN ";
  private static final List<String> KEY_TYPES = List.of("", "RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", "PGP ");
  /** A real key body is hundreds of base64 characters; 64 (one PEM line) separates keys from truncated stubs. */
  private static final int MIN_BODY_CHARS = 64;
  /** Bodies longer than this are still reported; the walk just stops looking (keeps the scan linear). */
  private static final int MAX_WALK = 16_384;
  /** Armor headers of legacy encrypted PEM and PGP blocks ({@code Proc-Type:}, {@code Version:}). */
  private static final int MAX_ARMOR_LINES = 4;

  private PrivateKeyBlocks() {}

  static void find(String text, List<SecretHit> out, int limit) {
    int from = text.indexOf(ANCHOR);
    while (from >= 0 && out.size() < limit) {
      int headerEnd = headerEnd(text, from + ANCHOR.length());
      int next = from + ANCHOR.length();
      if (headerEnd > 0) {
        int bodyEnd = scanBody(text, headerEnd);
        if (bodyEnd > 0) {
          int end = blockEnd(text, bodyEnd);
          out.add(new SecretHit(SecretKind.PRIVATE_KEY, from, end - from));
          next = end;
        } else {
          next = headerEnd;
        }
      }
      from = text.indexOf(ANCHOR, next);
    }
  }

  /** End of {@code [TYPE ]PRIVATE KEY[ BLOCK]-----} starting at {@code i}, or -1. */
  private static int headerEnd(String text, int i) {
    for (String type : KEY_TYPES) {
      if (text.startsWith(type, i) && text.startsWith("PRIVATE KEY", i + type.length())) {
        int p = i + type.length() + "PRIVATE KEY".length();
        if (text.startsWith(" BLOCK", p)) {
          p += " BLOCK".length();
        }
        return text.startsWith("-----", p) ? p + 5 : -1;
      }
    }
    return -1;
  }

  /** End offset of a plausible base64 body starting at {@code start}, or -1. Stops at the first foreign character. */
  private static int scanBody(String text, int start) {
    int i = skipArmorHeaders(text, start);
    int limit = Math.min(text.length(), i + MAX_WALK);
    StringBuilder sample = new StringBuilder(256);
    int count = 0;
    int lastBody = -1;
    while (i < limit) {
      char c = text.charAt(i);
      if (isBase64(c)) {
        count++;
        lastBody = i + 1;
        if (sample.length() < 256) {
          sample.append(c);
        }
        i++;
      } else if (c == '\\' && i + 1 < limit && "nrt".indexOf(text.charAt(i + 1)) >= 0) {
        i += 2;
      } else if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == ',') {
        i++;
      } else {
        break;
      }
    }
    if (count < MIN_BODY_CHARS) {
      return -1;
    }
    return ProviderPatterns.plausibleBody(sample.toString(), 0, sample.length()) ? lastBody : -1;
  }

  private static int skipArmorHeaders(String text, int start) {
    int i = start;
    for (int line = 0; line < MAX_ARMOR_LINES; line++) {
      int lineStart = skipLineBreaks(text, i);
      int eol = lineEnd(text, lineStart);
      int colon = indexWithin(text, ":", lineStart, Math.min(eol, lineStart + 40));
      if (colon < 0) {
        return i;
      }
      i = eol;
    }
    return i;
  }

  private static int skipLineBreaks(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == ' ' || c == '\t') {
        i++;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static int lineEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || (c == '\\' && i + 1 < limit && text.charAt(i + 1) == 'n')) {
        return i;
      }
    }
    return limit;
  }

  /** Extends the span over a directly following {@code -----END …-----} footer when present. */
  private static int blockEnd(String text, int bodyEnd) {
    int i = skipLineBreaks(text, bodyEnd);
    if (!text.startsWith("-----END ", i)) {
      return bodyEnd;
    }
    int close = indexWithin(text, "-----", i + 9, Math.min(text.length(), i + 80));
    return close >= 0 ? close + 5 : bodyEnd;
  }

  /** {@code text.indexOf(needle, from)} restricted to matches starting before {@code to}; -1 if none. */
  private static int indexWithin(String text, String needle, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
  }
}

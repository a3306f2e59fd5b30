package org.securityguidance.rules.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JWT-shaped bearer tokens. Shape alone ({@code eyJ….eyJ….sig}) is reported only when anchored by a keyword or a
 * {@code Bearer} scheme, and the header must decode to a JSON object naming an algorithm. The jwt.io sample token is
 * excluded by its decoded payload, so the repository never needs to contain it.
 */
final class Jwt {
  private static final Pattern SHAPE =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,2000}");
  private static final int MAX_TOKEN = 12_000;

  private Jwt() {}

  /** Whether {@code value} has the three-part {@code eyJ…} shape, valid or not. */
  static boolean hasShape(String value) {
    return value.startsWith("eyJ") && SHAPE.matcher(value).matches();
  }

  /** Whether the whole of {@code value} is a well-formed, non-sample JWT. */
  static boolean isToken(String value) {
    if (!hasShape(value)) {
      return false;
    }
    int dot1 = value.indexOf('.');
    int dot2 = value.indexOf('.', dot1 + 1);
    String header = decode(value.substring(0, dot1));
    String payload = decode(value.substring(dot1 + 1, dot2));
    if (header == null || payload == null || !header.startsWith("{") || !header.contains("\"alg\"")) {
      return false;
    }
    return !isWellKnownSample(payload);
  }

  /** Adds {@code Bearer eyJ…} tokens found anywhere (curl commands, HTTP examples, headers in code). */
  static void findBearer(String text, List<SecretHit> out, int limit) {
    int at = text.indexOf("earer");
    while (at >= 0 && out.size() < limit) {
      int next = at + 5;
      if (at > 0 && (text.charAt(at - 1) == 'B' || text.charAt(at - 1) == 'b')
          && (at < 2 || !isTokenChar(text.charAt(at - 2)))) {
        int start = next;
        while (start < text.length() && start - next < 4 && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
          start++;
        }
        int end = start;
        while (end < text.length() && (isTokenChar(text.charAt(end)) || text.charAt(end) == '.')) {
          end++;
        }
        int trimmed = end;
        while (trimmed > start && text.charAt(trimmed - 1) == '.') {
          trimmed--;
        }
        if (start > next && text.startsWith("eyJ", start) && trimmed - start <= MAX_TOKEN
            && isToken(text.substring(start, trimmed))) {
          out.add(new SecretHit(SecretKind.JWT, start, trimmed - start));
        }
        next = Math.max(next, end);
      }
      at = text.indexOf("earer", next);
    }
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  /** The jwt.io default token and its close copies: subject 1234567890, name John Doe. */
  private static boolean isWellKnownSample(String payload) {
    String compact = payload.replace(" ", "");
    return compact.contains("\"sub\":\"1234567890\"") && compact.contains("\"name\":\"JohnDoe\"");
  }

  private static String decode(String part) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(part);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package org.securityguidance.rules.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JWT-shaped bearer tokens. Shape alone ({@code eyJ….eyJ….sig}) is reported only when anchored by a keyword or a
 * {@code Bearer} scheme, and the header must decode to a JSON object naming an algorithm. The jwt.io sample token is
 * excluded by its decoded payload, so the repository never needs to contain it.
 */
final class Jwt {
  private static final Pattern SHAPE =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,2000}");
  private static final Pattern BEARER =
      Pattern.compile("(?<![A-Za-z0-9_])[Bb]earer[ \\t]{1,4}(eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}"
          + "\\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_.-])");

  private Jwt() {}

  /** Whether the whole of {@code value} is a well-formed, non-sample JWT. */
  static boolean isToken(String value) {
    if (!value.startsWith("eyJ") || !SHAPE.matcher(value).matches()) {
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
  static void findBearer(String text, java.util.List<SecretHit> out, int limit) {
    if (!text.contains("earer")) {
      return;
    }
    Matcher m = BEARER.matcher(text);
    while (out.size() < limit && m.find()) {
      if (isToken(m.group(1))) {
        out.add(new SecretHit(SecretKind.JWT, m.start(1), m.end(1) - m.start(1)));
      }
    }
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

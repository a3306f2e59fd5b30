package org.securityguidance.rules.secret;

import java.util.List;
import java.util.Set;

/**
 * Passwords embedded in URLs ({@code scheme://user:password@host}). Only the password is reported, and only when it is
 * not a stand-in, not the user name again, not a well-known default, and the host is not a documentation domain.
 */
final class UrlCredentials {
  private static final int MAX_USER = 64;
  private static final int MAX_PASSWORD = 128;
  private static final int MAX_SCHEME = 20;
  /** Defaults shipped by database and broker images; flagging them teaches users to ignore the warning. */
  private static final Set<String> DEFAULTS =
      Set.of("postgres", "root", "guest", "mysql", "redis", "sa", "user", "pass", "pwd", "minio", "minioadmin",
          "rabbitmq", "mongo", "mongodb", "oracle", "elastic", "changeme", "password", "secret", "admin");

  private UrlCredentials() {}

  static void find(String text, List<SecretHit> out, int limit) {
    int at = text.indexOf("://");
    while (at >= 0 && out.size() < limit) {
      int next = at + 3;
      if (hasScheme(text, at)) {
        SecretHit hit = credentialsAfter(text, at + 3);
        if (hit != null) {
          out.add(hit);
          next = hit.end();
        }
      }
      at = text.indexOf("://", next);
    }
  }

  private static boolean hasScheme(String text, int colon) {
    int i = colon - 1;
    int limit = Math.max(-1, colon - 1 - MAX_SCHEME);
    while (i > limit && (Character.isLetterOrDigit(text.charAt(i)) || "+.-".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < colon - 1 && Character.isLetter(text.charAt(i + 1));
  }

  /** The password hit in {@code user:password@host} starting at {@code start}, or null. */
  private static SecretHit credentialsAfter(String text, int start) {
    int userEnd = scan(text, start, MAX_USER, ":/@");
    if (userEnd < 0 || at(text, userEnd) != ':') {
      return null;
    }
    int passStart = userEnd + 1;
    int passEnd = scan(text, passStart, MAX_PASSWORD, "/@");
    if (passEnd <= passStart || at(text, passEnd) != '@' || !isHostStart(at(text, passEnd + 1))) {
      return null;
    }
    String user = text.substring(start, userEnd);
    String password = text.substring(passStart, passEnd);
    String host = Placeholders.asciiLower(text.substring(passEnd + 1, scanHost(text, passEnd + 1)));
    if (!isSecretPassword(user, password) || host.contains("example") || host.equals("host")) {
      return null;
    }
    return new SecretHit(SecretKind.URL_CREDENTIALS, passStart, passEnd - passStart);
  }

  private static boolean isSecretPassword(String user, String rawPassword) {
    if (rawPassword.indexOf(':') >= 0) {
      return false; // CVS-style "scheme://:pserver:user@host", not a password
    }
    String password = percentDecode(rawPassword);
    String lower = Placeholders.asciiLower(password);
    if (lower.equals(Placeholders.asciiLower(user)) || DEFAULTS.contains(lower)) {
      return false;
    }
    return !Placeholders.isStandIn(password) && Entropy.looksRandom(password);
  }

  /** Decodes {@code %XX} escapes so an encoded stand-in is judged as what it spells; malformed escapes stay. */
  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hex = c == '%' && i + 2 < s.length() ? hexByte(s.charAt(i + 1), s.charAt(i + 2)) : -1;
      if (hex >= 0) {
        out.append((char) hex);
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int hexByte(char hi, char lo) {
    int h = Character.digit(hi, 16);
    int l = Character.digit(lo, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }

  /** End of a run of URL userinfo characters stopping at one of {@code stops}; -1 on a character that ends a URL. */
  private static int scan(String text, int from, int max, String stops) {
    int limit = Math.min(text.length(), from + max + 1);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (stops.indexOf(c) >= 0) {
        return i;
      }
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private static int scanHost(String text, int from) {
    int limit = Math.min(text.length(), from + 255);
    int i = from;
    while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  private static boolean isHostStart(char c) {
    return Character.isLetterOrDigit(c) || c == '[';
  }

  private static char at(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }
}

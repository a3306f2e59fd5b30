package org.securityguidance.rules.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises values that stand in for a secret rather than being one: placeholder words, masks, template markers,
 * environment or vault references, file paths and plain URLs. Checked before entropy so documentation and sample
 * configuration stay quiet.
 */
final class Placeholders {
  /**
   * Matched as substrings of the lower-cased value and of its de-leeted form ({@code P@ssw0rd} → {@code password}).
   * A 4+ letter word occurs by chance in a 40-character random token with probability below 1e-4.
   */
  private static final List<String> STAND_IN_WORDS =
      List.of(
          "changeme", "changeit", "password", "passwd", "example", "sample", "dummy", "placeholder",
          "redacted", "todo", "fixme", "xxxx", "your", "insert", "replace", "fake", "mock", "test", "demo",
          "secret", "default", "admin", "letmein", "qwerty", "foobar", "lorem", "apikey", "accesskey", "token",
          "sometoken", "notreal", "invalid", "hunter2");

  /** Template, format and masking markers: {@code ${X}}, {@code {name}}, {@code %s}, {@code <token>}, {@code ***}. */
  private static final List<String> MARKERS =
      List.of("{", "}", "$(", "%s", "%d", "%(", "***", "...", "\u2022", "<", ">");

  /** References to where a secret lives, not the secret: vaults, KMS ciphertext, YAML tags and anchors. */
  private static final List<String> REFERENCE_PREFIXES =
      List.of(
          "$", "%", "!", "&", "*", "env:", "vault:", "op://", "arn:", "ssm:", "secret:", "secrets.", "secretref",
          "keyvault", "projects/", "enc[", "enc(", "aqicah");

  private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,10}");
  private static final Pattern DOTTED_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,60}(?:\\.[A-Za-z_][A-Za-z0-9_]{0,60}){1,10}");
  private static final Set<String> FILE_EXTENSIONS =
      Set.of("pem", "key", "json", "p12", "pfx", "crt", "cer", "der", "jks", "keystore", "txt", "env", "yaml", "yml",
          "pub", "gpg", "asc");

  private Placeholders() {}

  /** Whether {@code value} is a placeholder, mask, template, reference, path or plain URL. */
  static boolean isStandIn(String value) {
    String lower = asciiLower(value);
    return containsAny(lower, MARKERS)
        || hasEscapeOrInterpolation(value)
        || containsAny(lower, STAND_IN_WORDS)
        || containsAny(deLeet(lower), STAND_IN_WORDS)
        || decodesToStandIn(value)
        || isReference(value, lower)
        || looksLikePathOrUrl(value, lower)
        || hasTrivialStructure(lower)
        || isMasked(value);
  }

  private static boolean isReference(String value, String lower) {
    for (String prefix : REFERENCE_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return lower.contains("process.env") || lower.contains("os.environ") || lower.contains("getenv")
        || ENV_NAME.matcher(value).matches() || DOTTED_NAME.matcher(value).matches();
  }

  /**
   * Base64 that decodes to printable text naming a stand-in ("not my real password", "user:changeme"): sample
   * Basic-auth and Kubernetes Secret values. Random secrets decode to binary and are unaffected.
   */
  private static boolean decodesToStandIn(String value) {
    if (value.length() < 8 || value.length() % 4 == 1) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = value.indexOf('-') >= 0 || value.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(value) : Base64.getDecoder().decode(padded(value));
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (byte b : bytes) {
      if (b < 0x20 || b > 0x7e) {
        return false;
      }
    }
    String lower = asciiLower(new String(bytes, StandardCharsets.US_ASCII));
    return containsAny(lower, STAND_IN_WORDS) || containsAny(deLeet(lower), STAND_IN_WORDS);
  }

  private static String padded(String value) {
    int missing = (4 - value.length() % 4) % 4;
    return value.indexOf('=') >= 0 ? value : value + "=".repeat(missing);
  }

  /**
   * Escapes ({@code \u0101}, {@code \n}) mark display text, and {@code $name} is interpolation in shell, PHP, Perl,
   * Kotlin and Groovy strings; a generated password with "$" before a letter is the accepted loss.
   */
  private static boolean hasEscapeOrInterpolation(String value) {
    for (int i = 0; i + 1 < value.length(); i++) {
      char c = value.charAt(i);
      char next = value.charAt(i + 1);
      if ((c == '\\' && "nrtux0".indexOf(next) >= 0) || (c == '$' && (Character.isLetter(next) || next == '_'))) {
        return true;
      }
    }
    return false;
  }

  /** Paths, file names and URLs. A '/' alone is not enough: base64 secrets contain it but also digits and capitals. */
  static boolean looksLikePathOrUrl(String value, String lower) {
    if (lower.contains("://") || lower.startsWith("file:")) {
      return true;
    }
    if (lower.startsWith("/") || lower.startsWith("./") || lower.startsWith("../") || lower.startsWith("~/")
        || lower.startsWith("\\\\") || (lower.length() > 2 && lower.charAt(1) == ':'
            && (lower.charAt(2) == '\\' || lower.charAt(2) == '/'))) {
      return true;
    }
    int dot = lower.lastIndexOf('.');
    if (dot > 0 && FILE_EXTENSIONS.contains(lower.substring(dot + 1))) {
      return true;
    }
    boolean hasSlash = value.indexOf('/') >= 0 || value.indexOf('\\') >= 0;
    return hasSlash && (!hasDigit(value) || value.equals(lower));
  }

  /** One or two distinct characters, or a run of 5 ascending/descending neighbours ({@code 12345}, {@code abcde}). */
  static boolean hasTrivialStructure(String lower) {
    if (lower.chars().distinct().count() <= 2) {
      return true;
    }
    int up = 1;
    int down = 1;
    for (int i = 1; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean alnum = isAsciiAlnum(c) && isAsciiAlnum(lower.charAt(i - 1));
      int step = c - lower.charAt(i - 1);
      up = alnum && step == 1 ? up + 1 : 1;
      down = alnum && step == -1 ? down + 1 : 1;
      if (up >= 5 || down >= 5) {
        return true;
      }
    }
    return false;
  }

  /** At least half mask characters: {@code sk-****}, {@code XXXX-XXXX}, {@code ####}. */
  private static boolean isMasked(String value) {
    int mask = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '*' || c == 'x' || c == 'X' || c == '#' || c == '\u2022') {
        mask++;
      }
    }
    return mask * 2 >= value.length();
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  static String asciiLower(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] = (char) (out[i] + 32);
      }
    }
    return new String(out);
  }

  private static String deLeet(String lower) {
    char[] out = lower.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (out[i]) {
        case '0' -> 'o';
        case '1', '!' -> 'i';
        case '3' -> 'e';
        case '4', '@' -> 'a';
        case '5', '$' -> 's';
        case '7' -> 't';
        default -> out[i];
      };
    }
    return new String(out);
  }

  private static boolean containsAny(String s, List<String> needles) {
    for (String needle : needles) {
      if (s.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}

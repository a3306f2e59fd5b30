package org.securityguidance.rules.secret;

/**
 * Shannon entropy and the "looks randomly generated" test applied to keyword-anchored values.
 *
 * <p>Why these numbers: for a random string of length n the per-character entropy H approaches log2(min(n, alphabet)).
 * Sampling 2,000 random strings per (alphabet, length) gave these 1st percentiles of H: lower+digits (the weakest
 * common token alphabet) 2.25 at n=8, 2.86 at 12, 3.12 at 16, 3.38 at 20, 3.90 at 32, 4.11 at 40, 4.46 at 64; hex
 * 2.69 at 16, 2.92 at 20, 3.26 at 32, 3.64 at 64. The thresholds below ({@code 0.75·log2 n} capped at 4.3, hex
 * {@code 0.65·log2 n} capped at 3.2) sit at or below those percentiles, so about 99% of real random tokens pass.
 * Entropy alone cannot separate short random strings from short words ("dragonfly" has 3.17 bits), so the character
 * class and word-shape checks do that part, and {@link Placeholders} rejects known stand-ins.
 */
final class Entropy {
  static final int MIN_GENERIC_LENGTH = 8;
  private static final int MIN_HEX_LENGTH = 12;
  /** Latin vowels including common accented forms, so translated labels ("Schlüssel") read as words. */
  private static final String VOWELS = "aeiou\u00e0\u00e1\u00e2\u00e4\u00e5\u00e6\u00e8\u00e9\u00ea\u00eb"
      + "\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f8\u00f9\u00fa\u00fb\u00fc";

  private Entropy() {}

  /** Shannon entropy in bits per character of {@code s[from, to)}; 0 for an empty range. */
  static double bitsPerChar(CharSequence s, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return 0;
    }
    int[] ascii = new int[128];
    java.util.Map<Character, Integer> other = null;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        ascii[c]++;
      } else {
        if (other == null) {
          other = new java.util.HashMap<>();
        }
        other.merge(c, 1, Integer::sum);
      }
    }
    double h = 0;
    for (int count : ascii) {
      h += term(count, n);
    }
    if (other != null) {
      for (int count : other.values()) {
        h += term(count, n);
      }
    }
    return h;
  }

  static double bitsPerChar(CharSequence s) {
    return bitsPerChar(s, 0, s.length());
  }

  private static double term(int count, int n) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / n;
    return -p * (Math.log(p) / Math.log(2));
  }

  /** Minimum bits per character for a non-hex random-looking value of length n. */
  static double threshold(int n) {
    return Math.min(0.75 * log2(n), 4.3);
  }

  /** Minimum bits per character for a hex value (UUID dashes allowed) of length n. */
  static double hexThreshold(int n) {
    return Math.min(0.65 * log2(n), 3.2);
  }

  private static double log2(int n) {
    return Math.log(Math.max(n, 1)) / Math.log(2);
  }

  /** Whether a keyword-anchored value is plausibly a generated secret rather than a word, name or stand-in. */
  static boolean looksRandom(String v) {
    int n = v.length();
    if (n < MIN_GENERIC_LENGTH) {
      return false;
    }
    if (isHexLike(v)) {
      return n >= MIN_HEX_LENGTH && hasDigitAndLetter(v) && bitsPerChar(v) >= hexThreshold(n);
    }
    if (characterClasses(v) < 2 || isWordLike(v)) {
      return false;
    }
    return bitsPerChar(v) >= threshold(n);
  }

  /** Hex digits, optionally with dashes (UUIDs), and nothing else. */
  static boolean isHexLike(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-';
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigitAndLetter(String v) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    return digit && letter;
  }

  /**
   * Number of classes among lower (and non-ASCII letters), upper, digit and other symbols. Separators {@code - _ .}
   * do not count, so {@code my_secret_value} or {@code bert-base-uncased} stay single-class identifiers.
   */
  static int characterClasses(String v) {
    int mask = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c > 127 && Character.isLetter(c))) {
        mask |= 1;
      } else if (c >= 'A' && c <= 'Z') {
        mask |= 2;
      } else if (c >= '0' && c <= '9') {
        mask |= 4;
      } else if (c != '-' && c != '_' && c != '.') {
        mask |= 8;
      }
    }
    return Integer.bitCount(mask);
  }

  /**
   * Letters and separators only, and either shorter than 12 or with an English-like vowel share (at least 30%;
   * random letters have about 19%): {@code ThisIsMyApiKey}, {@code Some-Value}, {@code CorrectHorseBatteryStaple}.
   * About 6% of random 16-character alphanumeric tokens have no digit; the vowel test keeps most of those.
   */
  static boolean isWordLike(String v) {
    int letters = 0;
    int vowels = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        vowels += VOWELS.indexOf(Character.toLowerCase(c)) >= 0 ? 1 : 0;
      } else if (c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return letters > 0 && (letters < 12 || vowels * 10 >= letters * 3);
  }
}

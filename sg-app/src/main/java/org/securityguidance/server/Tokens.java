package org.securityguidance.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/** Random hex secrets for the port file and their constant-time comparison. */
final class Tokens {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** 32 random bytes: 64 hex characters. */
  static final int HEX_LENGTH = 64;

  private Tokens() {}

  static String fresh(SecureRandom random) {
    byte[] bytes = new byte[HEX_LENGTH / 2];
    random.nextBytes(bytes);
    return hex(bytes);
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Compares in time independent of where the strings differ, so a wrong guess teaches nothing. */
  static boolean matches(String expected, String offered) {
    return offered != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), offered.getBytes(StandardCharsets.US_ASCII));
  }
}

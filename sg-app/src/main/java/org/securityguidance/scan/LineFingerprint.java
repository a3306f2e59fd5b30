package org.securityguidance.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A location fingerprint in the spirit of GitHub's {@code primaryLocationLineHash}: a hash of rule, path and the
 * matched line with all whitespace removed, so re-indenting or moving the line keeps the alert's identity while a
 * change to the line itself opens a new one. The occurrence suffix tells apart identical lines in one file.
 */
public final class LineFingerprint {
  /** The {@code partialFingerprints} key used in SARIF; versioned so a future change of recipe is visible. */
  public static final String SARIF_KEY = "sgLineHash/v1";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LineFingerprint() {}

  /** 16 hex characters (64 bits) of SHA-256 over rule name, path and the whitespace-free line. */
  public static String hash(String ruleName, String path, CharSequence lineText) {
    StringBuilder material = new StringBuilder(ruleName.length() + path.length() + lineText.length() + 2);
    material.append(ruleName).append('\0').append(path).append('\0');
    for (int i = 0; i < lineText.length(); i++) {
      char c = lineText.charAt(i);
      if (!Character.isWhitespace(c)) {
        material.append(c);
      }
    }
    byte[] digest = sha256().digest(material.toString().getBytes(StandardCharsets.UTF_8));
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}

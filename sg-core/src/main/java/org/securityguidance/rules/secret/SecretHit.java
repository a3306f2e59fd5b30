package org.securityguidance.rules.secret;

/** One detected secret: its kind and the character span of the secret value itself (never the text). */
public record SecretHit(SecretKind kind, int offset, int length) {
  /** Exclusive end offset. */
  public int end() {
    return offset + length;
  }

  boolean overlaps(SecretHit other) {
    return offset < other.end() && other.offset < end();
  }
}

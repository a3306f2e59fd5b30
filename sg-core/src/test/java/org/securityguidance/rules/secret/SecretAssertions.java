package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions that report kinds, offsets and lengths only, never the secret text (privacy of test logs). */
final class SecretAssertions {
  private static final SecretDetector DETECTOR = new SecretDetector();

  private SecretAssertions() {}

  static List<SecretHit> scan(String path, String content) {
    return DETECTOR.findSecrets(path, content);
  }

  /** Exactly one hit of {@code kind}, spanning exactly {@code secret} inside {@code content}. */
  static void assertSingleHit(String label, String path, String content, String secret, SecretKind kind) {
    List<SecretHit> hits = scan(path, content);
    assertThat(kinds(hits)).as(label + ": kinds").containsExactly(kind);
    int expectedOffset = content.indexOf(secret);
    assertThat(expectedOffset).as(label + ": test setup, secret inside content").isNotNegative();
    assertThat(hits.get(0).offset()).as(label + ": offset").isEqualTo(expectedOffset);
    assertThat(hits.get(0).length()).as(label + ": length").isEqualTo(secret.length());
  }

  static void assertNoHit(String label, String path, String content) {
    assertThat(kinds(scan(path, content))).as(label + ": kinds").isEmpty();
  }

  static List<SecretKind> kinds(List<SecretHit> hits) {
    return hits.stream().map(SecretHit::kind).toList();
  }
}

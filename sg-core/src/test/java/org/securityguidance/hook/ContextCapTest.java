package org.securityguidance.hook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextCapTest {
  @Test
  void shortTextIsUnchanged() {
    assertThat(ContextCap.cap("abc", 10)).isEqualTo("abc");
    assertThat(ContextCap.cap("a".repeat(100), 100)).hasSize(100);
  }

  @Test
  void cutsAtALineBreakWhenOneIsNear() {
    String text = "a".repeat(80) + "\n" + "b".repeat(200);
    assertThat(ContextCap.cap(text, 160)).startsWith("a".repeat(80) + "\n\n[security-guidance: 201 more")
        .hasSizeLessThanOrEqualTo(160);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    String text = emoji.repeat(200);
    String capped = ContextCap.cap(text, 150);
    assertThat(capped).hasSizeLessThanOrEqualTo(150);
    String kept = capped.substring(0, capped.indexOf("\n\n["));
    assertThat(kept.length() % 2).isZero();
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }
}

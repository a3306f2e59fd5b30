package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntropyTest {
  @Test
  void bitsPerCharMatchesShannonDefinition() {
    assertThat(Entropy.bitsPerChar("")).isZero();
    assertThat(Entropy.bitsPerChar("aaaa")).isZero();
    assertThat(Entropy.bitsPerChar("abab")).isCloseTo(1.0, within(1e-9));
    assertThat(Entropy.bitsPerChar("abcdefgh")).isCloseTo(3.0, within(1e-9));
    assertThat(Entropy.bitsPerChar("changeme")).isCloseTo(2.75, within(1e-9));
    assertThat(Entropy.bitsPerChar("\u00e9\u00e9xy")).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void thresholdsGrowWithLengthAndAreCapped() {
    assertThat(Entropy.threshold(8)).isCloseTo(2.25, within(1e-9));
    assertThat(Entropy.threshold(16)).isCloseTo(3.0, within(1e-9));
    assertThat(Entropy.threshold(1000)).isEqualTo(4.3);
    assertThat(Entropy.hexThreshold(16)).isCloseTo(2.6, within(1e-9));
    assertThat(Entropy.hexThreshold(64)).isEqualTo(3.2);
  }

  @ParameterizedTest
  @CsvSource({"16", "20", "24", "32", "40", "64"})
  void almostAllRandomTokensLookRandom(int length) {
    FakeSecrets fake = new FakeSecrets(length);
    for (String alphabet : new String[] {FakeSecrets.ALNUM, FakeSecrets.HEX, FakeSecrets.BASE64,
        "abcdefghijklmnopqrstuvwxyz0123456789"}) {
      int passed = 0;
      for (int i = 0; i < 500; i++) {
        if (Entropy.looksRandom(fake.chars(alphabet, length))) {
          passed++;
        }
      }
      assertThat(passed).as("alphabet size %d, length %d", alphabet.length(), length).isGreaterThanOrEqualTo(475);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sunshine", "dragonfly", "postgresql", "bert-base-uncased", "my_super_secret_value",
      "ThisIsMyApiKey", "Some-Value-Here", "12345678901234", "ABCDEFGHIJ", "aaaaaaaaaaaaaaaaaaaa", "deadbeef",
      "short"})
  void wordsAndIdentifiersDoNotLookRandom(String value) {
    assertThat(Entropy.looksRandom(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Summer2024", "xK9#mP2$vL7@nQ4", "a1b2c3d4e5f6a7b8c9d0"})
  void mixedClassValuesLookRandom(String value) {
    assertThat(Entropy.looksRandom(value)).isTrue();
  }

  @Test
  void wordShapeSplitsAtCaseChanges() {
    assertThat(Entropy.isWordLike("ThisIsMyApiKey")).isTrue();
    assertThat(Entropy.isWordLike("CorrectHorseBatteryStaple")).isTrue();
    assertThat(Entropy.isWordLike("kQwRtZpLmNbVcXzHgFdSjKlP")).isFalse();
    assertThat(Entropy.isWordLike("abc123")).isFalse();
    assertThat(Entropy.characterClasses("my_secret-value.x")).isEqualTo(1);
    assertThat(Entropy.characterClasses("aB1!")).isEqualTo(4);
  }
}

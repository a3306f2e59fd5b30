package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Correctness guard against super-linear scanning: 1 MB adversarial inputs must finish far inside a generous timeout
 * (a quadratic scan of 1 MB takes minutes). Not a performance claim; see the benchmarks for timings.
 */
class LinearTimeGuardTest {
  private static final int ONE_MB = 1 << 20;
  private static final Duration GENEROUS = Duration.ofSeconds(10);

  static Stream<Arguments> adversarialInputs() {
    FakeSecrets fake = new FakeSecrets(7L);
    return Stream.of(
        input("password=\" repeated", () -> repeat("password=\"")),
        input("password = ' unterminated", () -> "password = '" + fake.chars(FakeSecrets.ALNUM, ONE_MB)),
        input("one giant base64 line", () -> fake.chars(FakeSecrets.BASE64, ONE_MB)),
        input("one giant url-safe token after a keyword", () -> "token = \"" + fake.chars(FakeSecrets.URL_SAFE,
            ONE_MB) + "\""),
        input("sk-ant- repeated", () -> repeat("sk-ant-")),
        input("sk-ant-api03- then a giant body", () -> "sk-" + "ant-api03-" + fake.chars(FakeSecrets.URL_SAFE,
            ONE_MB)),
        input("openai marker repeated", () -> repeat("sk-T3BlbkFJ")),
        input("AKIA repeated", () -> repeat("AK" + "IA")),
        input("slack prefix repeated", () -> repeat("xo" + "xb-1-")),
        input("slack webhook prefix repeated", () -> repeat("https://hooks." + "slack.com/services/TAAAAAAA/B")),
        input("pem header repeated", () -> repeat("-----" + "BEGIN PRIVATE KEY-----\n")),
        input("pem header then giant body", () -> "-----" + "BEGIN PRIVATE KEY-----\n"
            + fake.chars(FakeSecrets.BASE64, ONE_MB)),
        input("pem armor-like lines repeated", () -> "-----" + "BEGIN PGP PRIVATE KEY BLOCK-----\n"
            + repeat("Version: x\n")),
        input("scheme separators repeated", () -> repeat("a://b:")),
        input("url userinfo without host", () -> repeat("https://user:" + "p".repeat(100))),
        input("bearer jwt prefix repeated", () -> repeat("Bearer eyJ")),
        input("giant jwt-shaped token", () -> "Bearer eyJ" + "a".repeat(ONE_MB / 2) + ".eyJ" + "b".repeat(ONE_MB / 2)),
        input("giant identifier", () -> repeat("password_")),
        input("yaml keys repeated", () -> repeat("token: \n")),
        input("escaped quotes repeated", () -> repeat("\\\"secret\\\": \\\"")),
        input("netrc words repeated", () -> repeat("password ")));
  }

  private static Arguments input(String label, Supplier<String> content) {
    return Arguments.of(label, content);
  }

  private static String repeat(String unit) {
    return unit.repeat(ONE_MB / unit.length() + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarialInputs")
  void adversarialMegabyteFinishes(String label, Supplier<String> content) {
    String text = content.get();
    for (String path : List.of("src/app.py", ".env", "home/.netrc")) {
      List<SecretHit> hits = assertTimeoutPreemptively(GENEROUS, () -> new SecretDetector().findSecrets(path, text),
          label);
      assertThat(hits.size()).as(label).isLessThanOrEqualTo(SecretDetector.MAX_HITS);
    }
  }
}

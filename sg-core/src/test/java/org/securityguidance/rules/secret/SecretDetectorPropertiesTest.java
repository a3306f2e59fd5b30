package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Robustness: for any text built from secret-shaped fragments, the detector returns sane, disjoint spans. */
class SecretDetectorPropertiesTest {
  private static final List<String> FRAGMENTS =
      List.of("password", "api_key", "Token", "secret", "=", ":", "=>", ":=", "(", ")", "\"", "'", "`", "\\", "\\\"",
          "\n", "\r\n", " ", "\t", "#", "$", "{", "}", "<", ">", "sk-ant-api03-", "AA", "T3BlbkFJ", "ghp_", "AKIA",
          "xoxb-1-", "glpat-", "AIza", "SG.", "npm_", "pypi-AgEIcHlwaS5vcmc", "-----BEGIN PRIVATE KEY-----", "-----END ",
          "\\n", "://", "@", "Bearer ", "eyJ", ".", "-", "_", "export ", "- ", "hooks.slack.com/services/T");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS),
        Arbitraries.strings().withCharRange('0', 'z').ofMinLength(1).ofMaxLength(60),
        Arbitraries.strings().all().ofMaxLength(4));
    return fragment.list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of("src/app.py", ".env", "deploy/values.yaml", "home/.netrc", "tests/test_a.py", "a.min.js", "",
        "README.md");
  }

  @Provide
  Arbitrary<String> textsWithoutKeywords() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of("=", ":", "\"", "'", "AA", "T3BlbkFJ", "eyJ", ".", "-", "_", "@", "\n", "-----END ", "==",
            "AccountK", "BEGIN", "$"),
        Arbitraries.strings().withCharRange('0', 'z').ofMinLength(1).ofMaxLength(60));
    return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts))
        .filter(text -> !containsKeyword(text));
  }

  private static boolean containsKeyword(String text) {
    String lower = Placeholders.asciiLower(text);
    return SecretDetector.prefilterKeywords().stream().anyMatch(lower::contains);
  }

  @Property(tries = 1000)
  void textWithoutPrefilterKeywordsHasNoHits(@ForAll("textsWithoutKeywords") String text,
      @ForAll("paths") String path) {
    assertThat(new SecretDetector().findSecrets(path, text)).isEmpty();
  }

  @Property(tries = 2000)
  void spansAreInBoundsSortedAndDisjoint(@ForAll("texts") String text, @ForAll("paths") String path) {
    List<SecretHit> hits = new SecretDetector().findSecrets(path, text);
    int lastEnd = 0;
    for (SecretHit hit : hits) {
      assertThat(hit.length()).isPositive();
      assertThat(hit.offset()).isGreaterThanOrEqualTo(lastEnd);
      assertThat(hit.end()).isLessThanOrEqualTo(text.length());
      lastEnd = hit.end();
    }
  }
}

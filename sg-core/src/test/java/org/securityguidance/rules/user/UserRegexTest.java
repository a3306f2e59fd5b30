package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserRegexTest {
  private static boolean finds(String regex, String text) {
    return UserRegex.compile(regex).matcher(text).find();
  }

  @ParameterizedTest(name = "{0} in {1} = {2}")
  @CsvSource(delimiterString = "=>", value = {
      "hashlib\\.md5\\(    => h = hashlib.md5(b)       => true",
      "(a+)+b                  => aaaaaaaaaaaaaaaaaaaaaaac => false",
      "(?P<fn>md5|sha1)\\(   => x = sha1(y)              => true",
      "(?P<fn>md5)\\b        => md5sum                   => false",
      "(?i)secret              => SECRET                   => true",
      "secret                  => SECRET                   => false",
      "end\\Z                => the end                  => true",
      "end\\Z                => the end!                 => false",
      "\\u00e9t\\u00e9     => été                      => true",
      "\\U0001F600           => 😀                       => true",
      "ab{,2}c                 => ac                       => true",
      "ab{,2}c                 => abbbc                    => false",
      "[{,2}]x                 => ,x                       => true",
      "a.b                     => a\\nb                  => false",
      "^x                      => y\\nx                  => false",
      "(?m)^x                  => y\\nx                  => true"})
  void speaksPythonWhereRe2Differs(String regex, String text, boolean expected) {
    assertThat(finds(regex, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "(?=a)", "(?<!a)b", "(a)\\1", "(?P<n>a)(?P=n)", "a++", "(?>a)", "(?x) a"})
  void rejectsWhatRe2CannotCompile(String regex) {
    assertThatThrownBy(() -> UserRegex.compile(regex)).isInstanceOf(EntryRejected.class)
        .hasMessageContaining("does not compile on RE2/J");
  }

  @Test
  void rejectsOversizedPatternsBeforeTheyCanExhaustTheHeap() {
    assertThatThrownBy(() -> UserRegex.compile("((a{1000}){1000}){1000}")).isInstanceOf(EntryRejected.class)
        .hasMessageContaining("once repetitions are expanded");
    assertThatThrownBy(() -> UserRegex.compile("[a-z]{1000}")).isInstanceOf(EntryRejected.class)
        .hasMessageContaining("compiled size");
    assertThatThrownBy(() -> UserRegex.compile("x".repeat(UserRegex.MAX_LENGTH + 1)))
        .hasMessageContaining("longer than 1024");
    assertThat(UserRegex.compile("foo.{0,200}bar").source()).isEqualTo("foo.{0,200}bar");
  }

  @Test
  void sizeEstimateTracksTheCompiledProgram() {
    for (String regex : new String[] {"abc", "(a|b)*c", "[a-z]{16}", "(ab{3}){4}", "\\p{L}{5}x", "a{2,}",
        "((x{10}){10}){5}", "(?:a|bc|def){3,7}", "\\d{4}-\\d{2}", "(a+)+b"}) {
      long compiled = com.google.re2j.Pattern.compile(regex).programSize();
      assertThat(4 * RegexSizeEstimate.of(regex) + 4).as(regex).isGreaterThanOrEqualTo(compiled);
    }
    assertThat(RegexSizeEstimate.of("((a{999}){999}){999}")).isGreaterThan(900_000_000L);
    assertThat(RegexSizeEstimate.of("((a")).isPositive(); // unbalanced input is estimated, RE2/J rejects it later
    assertThat(RegexSizeEstimate.of(")){3}[\\")).isPositive();
  }

  @Test
  void excerptsAreBoundedAndSingleLine() {
    assertThat(UserRegex.excerpt("a\nb")).isEqualTo("'a?b'");
    assertThat(UserRegex.excerpt("x".repeat(100))).hasSize(60 + 3);
  }
}

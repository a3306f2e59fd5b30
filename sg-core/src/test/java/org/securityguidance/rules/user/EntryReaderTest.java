package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.securityguidance.finding.Severity;
import org.securityguidance.json.Json;

class EntryReaderTest {
  private final List<String> notes = new ArrayList<>();

  private UserRule read(String json) {
    return EntryReader.read(Json.parseObject(json), Path.of("f.json"), notes::add, s -> { });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"reminder\":\"r\",\"regex\":\"x\"}                                  | missing 'rule_name'",
      "{\"rule_name\":\"  \",\"reminder\":\"r\",\"regex\":\"x\"}             | missing 'rule_name'",
      "{\"rule_name\":[1],\"reminder\":\"r\",\"regex\":\"x\"}                | 'rule_name' must be a string",
      "{\"rule_name\":\"a\\nb\",\"reminder\":\"r\",\"regex\":\"x\"}          | control characters",
      "{\"rule_name\":\"n\",\"regex\":\"x\"}                                 | missing 'reminder'",
      "{\"rule_name\":\"n\",\"reminder\":null,\"regex\":\"x\"}               | missing 'reminder'",
      "{\"rule_name\":\"n\",\"reminder\":\"r\"}                              | needs a 'regex' or",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"substrings\":[\"\"]}        | needs a 'regex' or",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":5}                  | 'regex' must be a string",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"(?<=a)b\"}        | does not compile on RE2/J",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"(a)\\\\1\"}       | does not compile on RE2/J",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"paths\":\"*.py\"}          | 'paths' must be a list",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"exclude_paths\":{}}        | 'exclude_paths' must be a list",
      "{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"paths\":[\"*.py\",3]}      | must contain only strings"})
  void rejectsBadEntriesWithAReason(String json, String reason) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(EntryRejected.class).hasMessageContaining(reason);
  }

  @Test
  void rejectsOversizedFields() {
    String longName = "n".repeat(EntryReader.MAX_NAME + 1);
    assertThatThrownBy(() -> read("{\"rule_name\":\"" + longName + "\",\"reminder\":\"r\",\"regex\":\"x\"}"))
        .hasMessageContaining("longer than 100");
    String many = "[" + "\"s\",".repeat(EntryReader.MAX_SUBSTRINGS) + "\"s\"]";
    assertThatThrownBy(() -> read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"substrings\":" + many + "}"))
        .hasMessageContaining("more than 100 substrings");
    String globs = "[" + "\"*\",".repeat(EntryReader.MAX_GLOBS) + "\"*\"]";
    assertThatThrownBy(() -> read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"paths\":" + globs + "}"))
        .hasMessageContaining("more than 64 globs");
  }

  @Test
  void trimsStringifiesNumbersAndDefaultsSeverity() {
    UserRule rule = read("{\"rule_name\":42,\"reminder\":\"  be careful \\n\",\"regex\":\"x\"}");
    assertThat(rule.name()).isEqualTo("user:42");
    assertThat(rule.reminder()).isEqualTo("be careful");
    assertThat(rule.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(notes).isEmpty();
  }

  @Test
  void readsSeverityCaseInsensitivelyAndNotesUnknownOnes() {
    assertThat(read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"severity\":\" HIGH\"}").severity())
        .isEqualTo(Severity.HIGH);
    assertThat(read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"severity\":\"urgent\"}").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(notes).singleElement().asString().contains("unknown 'severity'").doesNotContain("urgent");
  }

  @Test
  void truncatesLongRemindersTo1024Characters() {
    UserRule rule = read("{\"rule_name\":\"n\",\"reminder\":\"" + "r".repeat(3000) + "\",\"regex\":\"x\"}");
    assertThat(rule.reminder()).hasSize(EntryReader.MAX_REMINDER);
    assertThat(notes).singleElement().asString().contains("truncated to 1024");
  }

  @Test
  void badSubstringsAreIgnoredLikeTheOriginalAndTheRegexStillLoads() {
    UserRule rule = read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"x\",\"substrings\":\"abc\"}");
    assertThat(rule.substrings()).isEmpty();
    assertThat(rule.regexSource()).isEqualTo("x");
    assertThat(notes).singleElement().asString().contains("'substrings' ignored");
    notes.clear();
    assertThatThrownBy(() -> read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"substrings\":[\"a\",1]}"))
        .hasMessageContaining("needs a 'regex' or");
  }

  @Test
  void nullFieldsCountAsAbsentAndUnknownFieldsAreCountedNotQuoted() {
    UserRule rule = read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"substrings\":[\"a\"],\"regex\":null,"
        + "\"paths\":null,\"severity\":null,\"secret_field_name\":1}");
    assertThat(rule.regexSource()).isNull();
    assertThat(rule.appliesTo("any/where.txt")).isTrue();
    assertThat(notes).singleElement().asString().isEqualTo("1 unknown field(s) ignored");
  }

  @Test
  void regexErrorsQuoteAtMostSixtyCharacters() {
    String regex = "(" + "abcdefghij".repeat(20);
    assertThatThrownBy(() -> read("{\"rule_name\":\"n\",\"reminder\":\"r\",\"regex\":\"" + regex + "\"}"))
        .satisfies(e -> {
          assertThat(e.getMessage()).contains(regex.substring(0, 60)).doesNotContain(regex.substring(0, 61));
        });
  }
}

package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.securityguidance.report.ReportFormat;

class RulesCommandTest {
  @Test
  void textIsTheDefaultAndJsonCanBeAskedForEitherWay() {
    assertThat(RulesCommand.parse(new String[0])).isEqualTo(ReportFormat.TEXT);
    assertThat(RulesCommand.parse(new String[] {"--format", "json"})).isEqualTo(ReportFormat.JSON);
    assertThat(RulesCommand.parse(new String[] {"--format=json"})).isEqualTo(ReportFormat.JSON);
  }

  @Test
  void helpIsRecognised() {
    assertThat(RulesCommand.parse(new String[] {"--format", "json", "-h"})).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--format=sarif | unknown format 'sarif' (expected text or json)",
      "--format       | --format needs a value",
      "--all          | unknown option '--all' (try --help)",
      "src            | unexpected argument 'src' (try --help)"})
  void badArgumentsAreOneLineUsageErrors(String arg, String message) {
    assertThatThrownBy(() -> RulesCommand.parse(new String[] {arg})).isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format", "--help", "-h"})
  void everyAcceptedFlagIsDocumented(String flag) {
    assertThat(RulesCommand.FLAGS).contains(flag);
    assertThat(Usage.RULES).containsPattern("(?m)^\\s+(-h, )?" + java.util.regex.Pattern.quote(flag) + "\\b");
  }
}

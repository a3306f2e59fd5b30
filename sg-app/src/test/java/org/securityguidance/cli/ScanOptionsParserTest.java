package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.report.ReportFormat;

class ScanOptionsParserTest {

  private static ScanOptions parse(String... args) {
    return ScanOptionsParser.parse(args, 6);
  }

  @Test
  void noArgumentsScansTheCurrentDirectoryAsTextOnAllProcessors() {
    ScanOptions o = parse();
    assertThat(o.paths()).containsExactly(".");
    assertThat(o.format()).isEqualTo(ReportFormat.TEXT);
    assertThat(o.output()).isNull();
    assertThat(o.maxFileSize()).isEqualTo(1024 * 1024);
    assertThat(o.jobs()).isEqualTo(6);
    assertThat(o.progress()).isTrue();
    assertThat(o.help()).isFalse();
  }

  @Test
  void valuesAreAcceptedSeparatedOrWithEquals() {
    ScanOptions spaced = parse("src", "--format", "sarif", "--output", "r.sarif", "--jobs", "3",
        "--max-file-size", "2000", "--no-progress", "lib");
    ScanOptions joined = parse("src", "--format=sarif", "--output=r.sarif", "--jobs=3", "--max-file-size=2000",
        "--no-progress", "lib");
    assertThat(joined).isEqualTo(spaced);
    assertThat(spaced.paths()).containsExactly("src", "lib");
    assertThat(spaced.format()).isEqualTo(ReportFormat.SARIF);
    assertThat(spaced.output()).isEqualTo("r.sarif");
    assertThat(spaced.jobs()).isEqualTo(3);
    assertThat(spaced.maxFileSize()).isEqualTo(2000);
    assertThat(spaced.progress()).isFalse();
  }

  @Test
  void doubleDashMakesEverythingAfterItAPath() {
    assertThat(parse("--", "--format", "-x").paths()).containsExactly("--format", "-x");
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    assertThat(parse("--format", "JSON").format()).isEqualTo(ReportFormat.JSON);
  }

  @ParameterizedTest
  @CsvSource({"512, 512", "4k, 4096", "4K, 4096", "2M, 2097152", "7M, 7340032", "8000000, 8000000"})
  void sizesTakeBinarySuffixes(String given, long bytes) {
    assertThat(parse("--max-file-size", given).maxFileSize()).isEqualTo(bytes);
  }

  @Test
  void helpWinsOverEverythingElse() {
    assertThat(parse("--format", "json", "-h").help()).isTrue();
    assertThat(parse("--help", "--bogus").help()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--bogus                 | unknown option '--bogus' (try --help)",
      "-x                      | unknown option '-x' (try --help)",
      "--format=xml            | unknown format 'xml' (expected text, json or sarif)",
      "--format                | --format needs a value",
      "--jobs=0                | --jobs must be a number from 1 to 256, not '0'",
      "--jobs=many             | --jobs must be a number from 1 to 256, not 'many'",
      "--max-file-size=-1      | --max-file-size must be from 1 to 8000000 bytes, e.g. 1048576 or 4M, not '-1'",
      "--max-file-size=8M      | --max-file-size must be from 1 to 8000000 bytes, e.g. 1048576 or 4M, not '8M'",
      "--max-file-size=1G      | --max-file-size must be from 1 to 8000000 bytes, e.g. 1048576 or 4M, not '1G'",
      "--no-progress=yes       | --no-progress takes no value",
      "--output=               | --output needs a non-empty value"})
  void badInputIsOneLineUsageError(String arg, String message) {
    assertThatThrownBy(() -> parse(arg)).isInstanceOf(UsageException.class).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format", "--output", "--max-file-size", "--jobs", "--no-progress", "--help", "-h"})
  void everyAcceptedFlagIsDocumentedInTheUsageText(String flag) {
    assertThat(ScanOptionsParser.FLAGS).contains(flag);
    assertThat(Usage.SCAN).containsPattern("(?m)^\\s+(-h, )?" + java.util.regex.Pattern.quote(flag) + "\\b");
  }

  @Test
  void theFlagListIsExactlyWhatTheParserAccepts() {
    for (String flag : ScanOptionsParser.FLAGS) {
      List<String> args = switch (flag) {
        case "--format" -> List.of(flag, "json");
        case "--output" -> List.of(flag, "x");
        case "--max-file-size", "--jobs" -> List.of(flag, "2");
        default -> List.of(flag);
      };
      assertThat(parse(args.toArray(String[]::new))).as(flag).isNotNull();
      assertThat(Usage.SCAN).as(flag).contains(flag);
    }
    assertThat(ScanOptionsParser.FLAGS).hasSize(7);
  }
}

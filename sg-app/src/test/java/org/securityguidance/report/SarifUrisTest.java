package org.securityguidance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifUrisTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "src/app.py              | src/app.py",
      "dir with space/a.js     | dir%20with%20space/a.js",
      "\u00fcber/na\u00efve.py | %C3%BCber/na%C3%AFve.py",
      "a#b/c%d?.py             | a%23b/c%25d%3F.py",
      "x~y_z-1.2/k.go          | x~y_z-1.2/k.go"})
  void relativePathsArePercentEncodedPerSegment(String path, String uri) {
    assertThat(SarifUris.relative(path)).isEqualTo(uri);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/tmp/scan root     | file:///tmp/scan%20root/",
      "/                  | file:///",
      "/home/\u00e9/r     | file:///home/%C3%A9/r/"})
  void directoriesBecomeFileUrisWithATrailingSlash(String dir, String uri) {
    assertThat(SarifUris.directory(Path.of(dir))).isEqualTo(uri);
  }
}

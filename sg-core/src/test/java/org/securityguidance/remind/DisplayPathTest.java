package org.securityguidance.remind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayPathTest {
  @ParameterizedTest
  @CsvSource({
    "/r/src/a.py, /r, src/a.py",
    "/r/src/a.py, /r/, src/a.py",
    "/other/a.py, /r, /other/a.py",
    "/rr/a.py, /r, /rr/a.py",
    "'C:\\r\\src\\a.py', 'C:\\r', src/a.py",
    "/c/r/src/a.py, /c/r, src/a.py",
    "'C:\\r\\src\\a.py', /c/r, src/a.py",
    "/c/r/src/a.py, 'c:\\r', src/a.py",
    "'D:\\x\\a.py', '', D:/x/a.py",
    "/r, /r, /r"
  })
  void showsThePathRelativeToTheSessionDirectory(String raw, String cwd, String expected) {
    assertThat(DisplayPath.of(raw, cwd)).isEqualTo(expected);
  }
}

package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "*.py, a.py, true",
      "*.py, src/a.py, true",          // '*' crosses '/'
      "*.py, a.pyc, false",            // whole-string match
      "*.py, A.PY, false",             // case-sensitive
      "?.py, a.py, true",
      "?.py, ab.py, false",
      "src/*.py, src/a.py, true",
      "[ab].py, b.py, true",
      "[!ab].py, b.py, false",
      "[!ab].py, c.py, true",
      "[a-c]x, bx, true",
      "[a-c]x, dx, false",
      "[z-a]x, zx, false",             // reversed range dropped: empty class matches nothing
      "[]]x, ]x, true",                // ']' first is a member
      "[!]]x, ax, true",
      "[-a]x, -x, true",
      "[a-]x, -x, true",
      "[\\d]x, \\x, true",             // backslash is literal inside fnmatch classes
      "[ab, [ab, true",                // unclosed '[' is literal
      "a.b, a.b, true",
      "a.b, axb, false",               // '.' is literal
      "(x)|y, (x)|y, true",            // regex metacharacters are literal
      "**/*.py, a.py, false",          // needs a '/' somewhere
      "**/*.py, src/a.py, true",
      "*/tests/*, r/tests/c.py, true",
      "é*, éa, true"})
  void matchesLikeFnmatch(String glob, String path, boolean expected) {
    assertThat(PathGlob.of(glob).matches(path)).isEqualTo(expected);
  }

  @Test
  void gateMatchesPathOrBasenameAndExcludesWin() {
    PathGate gate = new PathGate(List.of(PathGlob.of("src/*.py"), PathGlob.of("*.sh")),
        List.of(PathGlob.of("*/tests/*"), PathGlob.of("conftest.py")));
    // The hook path is absolute-minus-slash: "src/*.py" matches neither "repo/src/a.py" nor its basename.
    assertThat(gate.admits("repo/src/a.py")).isFalse();
    assertThat(gate.admits("src/a.py")).isTrue();
    assertThat(gate.admits("x/run.sh")).isTrue();
    assertThat(gate.admits("x/tests/run.sh")).isFalse();
    assertThat(gate.admits("src/conftest.py")).isFalse();
    assertThat(PathGate.ALL.admits("anything")).isTrue();
  }

  @Test
  void manyStarsStayFast() {
    PathGlob g = PathGlob.of("*a".repeat(100) + "b");
    assertThat(g.matches("a".repeat(5000))).isFalse();
  }
}

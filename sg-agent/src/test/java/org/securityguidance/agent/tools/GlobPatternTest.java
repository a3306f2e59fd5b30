package org.securityguidance.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GlobPatternTest {
  @ParameterizedTest
  @CsvSource({
    "**/*.java, Main.java, true",
    "**/*.java, a/b/Main.java, true",
    "**/*.java, a/b/Main.kt, false",
    "*.java, a/b/Main.java, true",
    "src/*.java, src/Main.java, true",
    "src/*.java, src/a/Main.java, false",
    "src/**/auth*, src/auth.ts, true",
    "src/**/auth*, src/x/y/authz.go, true",
    "src/**/auth*, lib/auth.ts, false",
    "src/**, src/a/b/c.txt, true",
    "'*.{ts,tsx}', web/App.tsx, true",
    "'*.{ts,tsx}', web/App.jsx, false",
    "file?.txt, dir/file1.txt, true",
    "file?.txt, dir/file10.txt, false",
    "[ab]*.txt, b1.txt, true",
    "[!ab]*.txt, b1.txt, false",
    "./src/*.java, src/A.java, true",
    "/src/*.java, src/A.java, true",
    "src\\*.java, src/A.java, true",
    "a+b(c).txt, a+b(c).txt, true",
    "[unclosed, [unclosed, true",
    "{unclosed, {unclosed, true",
  })
  void matchesLikeAShellGlobWithGitignoreNameSemantics(String glob, String path, boolean expected) {
    assertThat(GlobPattern.compile(glob).matches(path)).as("%s ~ %s", glob, path).isEqualTo(expected);
  }

  @Test
  void manyStarsAgainstALongNameStayLinear() {
    GlobPattern glob = GlobPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*b");
    String name = "a".repeat(100_000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> glob.matches(name))).isFalse();
  }

  @Test
  void emptyOversizedAndMalformedPatternsAreBadInput() {
    assertThatThrownBy(() -> GlobPattern.compile(" ")).isInstanceOf(BadToolInput.class);
    assertThatThrownBy(() -> GlobPattern.compile("a".repeat(513))).isInstanceOf(BadToolInput.class);
    assertThatThrownBy(() -> GlobPattern.compile("[z-a]")).isInstanceOf(BadToolInput.class);
  }
}

package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.securityguidance.finding.Severity;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.ScanText;

/** Random regexes and globs: loading only ever rejects an entry, and globs agree with a naive fnmatch. */
class UserRulePropertiesTest {
  @Property(tries = 3000)
  void anyRegexTextIsCompiledOrRejectedNeverThrowsElse(@ForAll("regexText") String regex) {
    try {
      UserRegex compiled = UserRegex.compile(regex);
      UserRule rule = new UserRule("r", "m", Severity.LOW, List.of(), compiled, PathGate.ALL, Path.of("f"), s -> { });
      rule.scan(new ScanText("p", "aab{,}[x]\n\\Zé"), false, new java.util.ArrayList<Match>());
    } catch (EntryRejected expected) {
      assertThat(expected.getMessage()).hasSizeLessThan(250); // at most 60 regex characters are quoted
    }
  }

  @Property(tries = 3000)
  void globsAgreeWithANaiveFnmatch(@ForAll("globs") String glob, @ForAll("paths") String path) {
    assertThat(PathGlob.of(glob).matches(path)).isEqualTo(NaiveFnmatch.matches(glob, path));
  }

  @Provide
  Arbitrary<String> regexText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab()[]{}|*+?\\^$.,:=!<>PZuUx0123456789-").ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> globs() {
    return Arbitraries.strings().withChars("ab/*?[]!-\\.").ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.strings().withChars("ab/]!-\\.[").ofMaxLength(8);
  }

  /** Backtracking reference matcher over the same fnmatch rules; fine for tiny inputs. */
  static final class NaiveFnmatch {
    static boolean matches(String glob, String s) {
      return match(glob, 0, s, 0);
    }

    private static boolean match(String g, int gi, String s, int si) {
      if (gi == g.length()) {
        return si == s.length();
      }
      char c = g.charAt(gi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (match(g, gi + 1, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si == s.length()) {
        return false;
      }
      if (c == '?') {
        return match(g, gi + 1, s, si + 1);
      }
      if (c == '[') {
        int j = gi + 1;
        if (j < g.length() && g.charAt(j) == '!') {
          j++;
        }
        if (j < g.length() && g.charAt(j) == ']') {
          j++;
        }
        int end = g.indexOf(']', j);
        if (end >= 0) {
          return inClass(g.substring(gi + 1, end), s.charAt(si)) && match(g, end + 1, s, si + 1);
        }
      }
      return c == s.charAt(si) && match(g, gi + 1, s, si + 1);
    }

    private static boolean inClass(String body, char ch) {
      boolean negated = body.startsWith("!");
      String items = negated ? body.substring(1) : body;
      boolean hit = false;
      for (int k = 0; k < items.length(); k++) {
        if (k + 2 < items.length() && items.charAt(k + 1) == '-') {
          hit |= items.charAt(k) <= ch && ch <= items.charAt(k + 2);
          k += 2;
        } else {
          hit |= items.charAt(k) == ch;
        }
      }
      return hit != negated;
    }
  }
}

package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Comment masking keeps offsets, newlines and string literals; parenthesis pairs ignore strings and comments. */
class CodeLexerTest {

  private static String mask(String path, String text) {
    return CodeLexer.lex(text, Syntax.forPath(path)).masked();
  }

  @Test
  void pythonCommentsAreBlankedButStringsKept() {
    String src = "x = '# not a comment'  # eval(x)\ny = 1";
    String out = mask("a.py", src);
    assertThat(out).hasSameSizeAs(src).startsWith("x = '# not a comment'  ").doesNotContain("eval");
    assertThat(out).endsWith("\ny = 1");
  }

  @Test
  void cLikeLineAndBlockCommentsKeepNewlines() {
    String src = "a(); // eval(x)\n/* line1\n eval(y) */ b();\nconst u = 'http://x';";
    String out = mask("a.ts", src);
    assertThat(out).doesNotContain("eval").contains("b();").contains("'http://x'");
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(3);
    assertThat(out).hasSameSizeAs(src);
  }

  @Test
  void tripleQuotedStringsSpanLines() {
    String src = "s = \"\"\"\n# inside a string\n\"\"\"\n# real comment";
    String out = mask("a.py", src);
    assertThat(out).contains("# inside a string").doesNotContain("real comment");
  }

  @Test
  void pythonDocstringsAreProseButOtherTripleQuotedStringsAreData() {
    String doc = "def f():\n    \"\"\"Run eval(x) by hand.\"\"\"\n    return 1";
    assertThat(mask("a.py", doc)).doesNotContain("eval").endsWith("return 1").hasSameSizeAs(doc);
    String assigned = "q = \"\"\"\nSELECT 1\n\"\"\"";
    assertThat(mask("a.py", assigned)).isSameAs(assigned);
    String argument = "cursor.execute(\n    \"\"\"SELECT %s\"\"\" % x)";
    assertThat(mask("a.py", argument)).isSameAs(argument);
    String continued = "q = \\\n\"\"\"SELECT 1\"\"\"";
    assertThat(mask("a.py", continued)).isSameAs(continued);
  }

  @Test
  void yamlAndShellHashNeedsLeadingSpace() {
    assertThat(mask("ci.yml", "run: echo a#b # note")).isEqualTo("run: echo a#b       ");
    assertThat(mask("x.sh", "echo ${#arr[@]}")).isEqualTo("echo ${#arr[@]}");
  }

  @Test
  void phpAttributesAndRubyInterpolationAreNotComments() {
    assertThat(mask("a.php", "#[Route('/x')]\n# c")).isEqualTo("#[Route('/x')]\n   ");
    assertThat(mask("a.rb", "%x(ls #{dir}) # c")).isEqualTo("%x(ls #{dir})    ");
  }

  @Test
  void markupCommentsAreBlankedInHtml() {
    assertThat(mask("a.html", "<!-- <script src=x> -->ok")).isEqualTo("                       ok");
  }

  @Test
  void unknownExtensionsAreNotMasked() {
    String src = "# eval(x) // y";
    assertThat(mask("notes.json", src)).isSameAs(src);
  }

  @Test
  void anApostropheInProseDoesNotSwallowTheFile() {
    String out = mask("a.js", "// it's fine\nx(); // don't\ny();");
    assertThat(out).isEqualTo(" ".repeat(12) + "\nx();" + " ".repeat(9) + "\ny();");
  }

  @Test
  void parenthesesPairAcrossLinesAndIgnoreStrings() {
    String src = "run(\n  cmd, ')',\n  shell=True,\n)";
    CallArgs args = CodeLexer.lex(src, Syntax.PYTHON).callArgs();
    assertThat(args.windowEnd(3, src)).isEqualTo(src.length());
  }

  @Test
  void aParenthesisInsideAStringStaysOnItsLine() {
    String src = "s = 'pass it to run() later'\nrun(cmd, shell=True)";
    CallArgs args = CodeLexer.lex(src, Syntax.PYTHON).callArgs();
    assertThat(args.windowEnd(src.indexOf('('), src)).isEqualTo(src.indexOf(')') + 1);
  }

  @Test
  void unbalancedOrHugeCallsAreCutAtTheWindowBound() {
    String src = "f(" + "x".repeat(5000);
    CallArgs args = CodeLexer.lex(src, Syntax.PYTHON).callArgs();
    assertThat(args.windowEnd(1, src)).isEqualTo(2 + CallArgs.MAX_WINDOW);
    String longCall = "g(" + "y".repeat(3000) + ")";
    assertThat(CodeLexer.lex(longCall, Syntax.PYTHON).callArgs().windowEnd(1, longCall))
        .isEqualTo(2 + CallArgs.MAX_WINDOW);
  }
}

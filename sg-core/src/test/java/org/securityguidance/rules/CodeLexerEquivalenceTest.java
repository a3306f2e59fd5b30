package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The char-array {@link CodeLexer} masks and pairs parentheses exactly like the String-based version it replaced
 * ({@link ReferenceCodeLexer}), for every syntax, on texts built from the characters the lexer reacts to.
 */
class CodeLexerEquivalenceTest {

  @Property(tries = 3000)
  void sameMaskAndSameCallWindows(@ForAll("code") String text, @ForAll Syntax syntax) {
    CodeLexer.Result now = CodeLexer.lex(text, syntax);
    ReferenceCodeLexer.Result before = ReferenceCodeLexer.lex(text, syntax);
    assertThat(now.masked()).isEqualTo(before.masked());
    CallArgs reference = new CallArgs(before.opens(), before.closes(), text.length());
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      assertThat(now.callArgs().windowEnd(i, now.masked())).as("window at %d", i)
          .isEqualTo(reference.windowEnd(i, before.masked()));
    }
  }

  @Provide
  Arbitrary<String> code() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("\"\"\"", "'''", "\"", "'", "`", "\\", "//", "/*", "*/", "#", "#[", "#{", "<!--", "-->", "(",
            ")", "\n", "\r\n", " ", "\t", "=", ",", "+", "%", "[", "{", "\u00a0", "\u2028", "\u000b", "\u001c"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4),
        Arbitraries.strings().withCharRange('\u0080', '\u3000').ofMaxLength(2));
    return token.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }
}

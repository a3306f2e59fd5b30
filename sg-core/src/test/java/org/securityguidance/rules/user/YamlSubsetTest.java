package org.securityguidance.rules.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.json.Json;

class YamlSubsetTest {
  private static Object parse(String... lines) {
    return YamlSubset.parse(String.join("\n", lines));
  }

  @Test
  void readsTheDocumentedPatternFileShape() {
    Object doc = parse(
        "# user rules",
        "patterns:",
        "  - rule_name: no-md5   # trailing comment",
        "    regex: 'hashlib\\.md5\\('",
        "    reminder: |",
        "      Avoid MD5.",
        "",
        "      Use SHA-256.",
        "    paths: [\"*.py\", '*.pyi']",
        "    exclude_paths:",
        "      - \"*/tests/*\"",
        "    severity: high",
        "  - rule_name: sub",
        "    substrings: [TODO_SECRET, other]",
        "    reminder: >-",
        "      secret",
        "      marker");
    assertThat(doc).isEqualTo(Map.of("patterns", List.of(
        Map.of("rule_name", "no-md5", "regex", "hashlib\\.md5\\(", "reminder", "Avoid MD5.\n\nUse SHA-256.\n",
            "paths", List.of("*.py", "*.pyi"), "exclude_paths", List.of("*/tests/*"), "severity", "high"),
        Map.of("rule_name", "sub", "substrings", List.of("TODO_SECRET", "other"), "reminder", "secret marker"))));
  }

  @Test
  void keepsKeyOrder() {
    Object doc = parse("b: 1", "a: 2", "c: 3");
    assertThat(List.copyOf(((Map<?, ?>) doc).keySet())).isEqualTo(List.of("b", "a", "c"));
  }

  @Test
  void acceptsCompactSequencesAtTheKeysIndentation() {
    assertThat(parse("paths:", "- a", "- 'b'", "other: x"))
        .isEqualTo(Map.of("paths", List.of("a", "b"), "other", "x"));
  }

  @Test
  void readsNestedSequencesAndSequenceItemMappings() {
    assertThat(parse("- - a", "  - b", "- k: v", "  j: w", "-", "  - c"))
        .isEqualTo(List.of(List.of("a", "b"), Map.of("k", "v", "j", "w"), List.of("c")));
  }

  @Test
  void readsFlowSequencesAcrossLinesWithCommentsAndTrailingComma() {
    assertThat(parse("k: [a, 'b c',  # first two", "  \"d\", [e, f],", "  ]", "j: []"))
        .isEqualTo(Map.of("k", List.of("a", "b c", "d", List.of("e", "f")), "j", List.of()));
  }

  @Test
  void decodesDoubleQuotedEscapes() {
    assertThat(parse("k: \"a\\tb\\n\\\"q\\\" \\\\ \\x41\\u00e9\\U0001F600 \\/\""))
        .isEqualTo(Map.of("k", "a\tb\n\"q\" \\ A\u00e9\uD83D\uDE00 /"));
  }

  @Test
  void decodesSingleQuotedScalarsLiterally() {
    assertThat(parse("k: 'it''s \\d+ # not a comment'")).isEqualTo(Map.of("k", "it's \\d+ # not a comment"));
  }

  @Test
  void plainScalarsStayStringsAndNullSpellingsAreNull() {
    assertThat(parse("a: yes", "b: 010", "c: 1.5", "d: ~", "e:", "f: null", "g: a#b", "h: http://x:8080/p"))
        .isEqualTo(Map.of("a", "yes", "b", "010", "c", "1.5", "d", Json.NULL, "e", Json.NULL, "f", Json.NULL,
            "g", "a#b", "h", "http://x:8080/p"));
  }

  @Test
  void literalBlockScalarsHonourChomping() {
    assertThat(parse("a: |", "  x", "   y", "", "", "b: |-", "  x", "", "c: |+", "  x", "", "d: end"))
        .isEqualTo(Map.of("a", "x\n y\n", "b", "x", "c", "x\n\n", "d", "end"));
  }

  @Test
  void foldedBlockScalarsJoinLinesButKeepParagraphsAndIndentedLines() {
    assertThat(parse("a: >", "  one", "  two", "", "  three", "    code", "  four"))
        .isEqualTo(Map.of("a", "one two\nthree\n  code\nfour"));
  }

  @Test
  void blockScalarsKeepCommentLikeLinesAndAcceptAnExplicitIndent() {
    assertThat(parse("a: |2", "    # kept", "  x", "b: | # header comment", "  # also kept"))
        .isEqualTo(Map.of("a", "  # kept\nx\n", "b", "# also kept"));
  }

  @Test
  void chompingSeesWhetherTheFileEndsWithALineBreak() {
    assertThat(YamlSubset.parse("a: |+\n  x\n")).isEqualTo(Map.of("a", "x\n"));
    assertThat(YamlSubset.parse("a: |+\n  x\n\n\n")).isEqualTo(Map.of("a", "x\n\n\n"));
    assertThat(YamlSubset.parse("a: |\n  x")).isEqualTo(Map.of("a", "x"));
    assertThat(YamlSubset.parse("a: >\n  x\n  y")).isEqualTo(Map.of("a", "x y"));
  }

  @Test
  void topLevelBlockScalarContentMustBeIndented() {
    assertThatThrownBy(() -> YamlSubset.parse("|\nx\n")).isInstanceOf(YamlException.class);
    assertThat(YamlSubset.parse("|\n x\n")).isEqualTo("x\n");
  }

  @Test
  void flowPlainScalarsMayContainSpacesButNotStartWithIndicators() {
    assertThat(parse("k: [a b, c-d, -e]")).isEqualTo(Map.of("k", List.of("a b", "c-d", "-e")));
    assertThatThrownBy(() -> parse("k: [:x]")).isInstanceOf(YamlException.class);
    assertThatThrownBy(() -> parse("k: [?x]")).isInstanceOf(YamlException.class);
  }

  @Test
  void emptyBlockScalarIsEmptyString() {
    assertThat(parse("a: |", "b: x")).isEqualTo(Map.of("a", "", "b", "x"));
  }

  @Test
  void acceptsDocumentMarkersCrlfAndBom() {
    assertThat(YamlSubset.parse("\uFEFF---\r\nk: v\r\n...\r\n")).isEqualTo(Map.of("k", "v"));
  }

  @Test
  void emptyOrCommentOnlyDocumentIsNull() {
    assertThat(parse("", "# nothing", "   ")).isSameAs(Json.NULL);
  }

  @Test
  void quotedKeysAreAllowed() {
    assertThat(parse("\"a b\": 1", "'c': 2")).isEqualTo(Map.of("a b", "1", "c", "2"));
  }

  @Test
  void topLevelScalarsAndSequencesParseSoTheLoaderCanRejectThem() {
    assertThat(parse("just text")).isEqualTo("just text");
    assertThat(parse("[a]")).isEqualTo(List.of("a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: &x 1", "a: *x", "a: !!str 1", "a: {b: c}", "? a\n: b", "%YAML 1.2\n---\na: 1", "a: 1\n---\nb: 2",
      "a: b: c", "a: 1\na: 2", "a:\n\tb: 1", "a: 'open", "a: \"open", "a: \"bad \\q escape\"", "a: \"\\x4\"",
      "a: [1, 2", "a: [1,, 2]", "a: [1] 2", "a: [b: c]", "a: [*.py]", "a: 'x' y", "a: \"x\"#c", "a: 1\n  b: 2",
      "a: multi\n  line plain", "- a\nb: c", "a: 1\n- b", "a: |x", "a: x\u0001", "a: @x", "a: `x`",
      "k: - a", "just: [a]: b"})
  void rejectsEverythingOutsideTheSubsetWithALineNumber(String text) {
    assertThatThrownBy(() -> YamlSubset.parse(text)).isInstanceOf(YamlException.class).hasMessageStartingWith("line ");
  }

  @Test
  void errorMessagesNeverQuoteTheDocument() {
    assertThatThrownBy(() -> YamlSubset.parse("secret_token_value: \"abc\\q\""))
        .isInstanceOf(YamlException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret_token_value").doesNotContain("abc"));
  }

  @Test
  void boundsNestingDepth() {
    String deep = "[".repeat(YamlSubset.MAX_DEPTH + 5) + "]".repeat(YamlSubset.MAX_DEPTH + 5);
    assertThatThrownBy(() -> YamlSubset.parse(deep)).isInstanceOf(YamlException.class).hasMessageContaining("nesting");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < YamlSubset.MAX_DEPTH + 5; i++) {
      block.append(" ".repeat(i * 2)).append("k:\n");
    }
    assertThatThrownBy(() -> YamlSubset.parse(block.toString())).isInstanceOf(YamlException.class);
  }

  @Test
  void boundsInputSize() {
    assertThatThrownBy(() -> YamlSubset.parse("a".repeat(YamlSubset.MAX_CHARS + 1)))
        .isInstanceOf(YamlException.class);
  }
}

package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * {@link Prefilter#SQL_KEYWORD} never rejects a text in which the catalog's {@code {{SQLKW}}} matches;
 * {@link Prefilter#HASH_BRACE} answers exactly like the gate regex it replaced.
 */
class PrefilterTest {
  private static final Pattern SQLKW = Pattern.compile(sqlKeywordRegex());

  @SuppressWarnings("unchecked")
  private static String sqlKeywordRegex() {
    Map<String, Object> defs = (Map<String, Object>) Json.parseObject(CatalogLoader.readResource()).get("defs");
    return JsonView.string(defs, "SQLKW");
  }

  @Property(tries = 5000)
  void admitsEveryTextTheRegexMatches(@ForAll("sqlish") String text) {
    if (SQLKW.matcher(text).find()) {
      assertThat(Prefilter.SQL_KEYWORD.admits(text)).as(text).isTrue();
    }
  }

  @Property(tries = 2000)
  void admitsEveryTextTheRegexMatchesOnArbitraryStrings(@ForAll String text) {
    if (SQLKW.matcher(text).find()) {
      assertThat(Prefilter.SQL_KEYWORD.admits(text)).as(text).isTrue();
    }
  }

  @Property(tries = 2000)
  void hashBraceIsTheGateRegexItReplaced(@ForAll("sqlish") String prefix, @ForAll String text) {
    String t = prefix + text + (text.length() % 3 == 0 ? "#{" : "#");
    assertThat(Prefilter.HASH_BRACE.admits(t)).as(t)
        .isEqualTo(Pattern.compile("#\\{", LazyRegex.FLAGS).matcher(t).find());
  }

  @Test
  void rejectsOrdinaryProseAndIdentifiers() {
    for (String t : List.of("\"\"\"Select up to `limit` rows.\"\"\"", "def update_orders(rows):", "Update up to 3",
        "from typing import Optional", "somewhere selected deleted", "order_by = 1", "SELECT x\nFROM t")) {
      assertThat(Prefilter.SQL_KEYWORD.admits(t)).as(t).isFalse();
    }
    for (String t : List.of("q = \"SELECT a FROM t\"", "x WHERE y", "insert  into t", "UPDATE \"t\" SET a",
        "delete from t", "ORDER\tBY 2", "values (1)", "where")) {
      assertThat(Prefilter.SQL_KEYWORD.admits(t)).as(t).isTrue();
    }
  }

  @Provide
  Arbitrary<String> sqlish() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("select", "SELECT", "Select", "from", "FROM", "insert", "into", "update", "set", "SET",
            "delete", "where", "Where", "order", "by", "values", "t", "a.b", "\"t\"", "`x`", "[n]", "_", "é", "1"),
        Arbitraries.of(" ", "  ", "\t", "\n", "(", ")", "\"", "`", "'", ",", "x", "_", "\u00a0", "\u000b"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3));
    return token.list().ofMaxSize(14).map(parts -> String.join("", parts));
  }
}

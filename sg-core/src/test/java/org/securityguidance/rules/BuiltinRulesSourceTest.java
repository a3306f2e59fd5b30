package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code BuiltinRules.java} is generated from the catalog; this test fails when it is stale, and when the rules it
 * builds differ from what loading the catalog builds. Run with {@code -Dsg.golden.update=true} to rewrite the file.
 */
class BuiltinRulesSourceTest {
  private final List<Rule> loaded = CatalogLoader.loadBuiltin(CatalogLoader.Validation.STRUCTURE).rules();

  @Test
  void generatedSourceMatchesTheCatalog() throws IOException {
    String root = System.getProperty("sg.root.dir");
    assertThat(root).as("system property sg.root.dir (set by the parent pom)").isNotBlank();
    Path source = Path.of(root, BuiltinRulesSource.PATH);
    String expected = BuiltinRulesSource.render(loaded);
    if (Boolean.getBoolean("sg.golden.update")) {
      Files.writeString(source, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as("%s is stale: rerun this test with -Dsg.golden.update=true", BuiltinRulesSource.PATH)
        .isEqualTo(expected);
  }

  @Test
  void compiledRulesAreTheLoadedRules() {
    List<Rule> compiled = RuleSet.builtin().rules();
    assertThat(BuiltinRulesSource.render(compiled)).isEqualTo(BuiltinRulesSource.render(loaded));
    assertThat(compiled).allSatisfy(r -> assertThat(((CatalogRule) r).detectorMissing()).isFalse());
  }

  @Test
  void literalsRoundTripThroughTheCompiler() {
    assertThat(BuiltinRulesSource.literal("a\"b\\c\nd\u00e9\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u00e9\\001\"");
    assertThat(BuiltinRulesSource.literal(null)).isEqualTo("null");
  }
}

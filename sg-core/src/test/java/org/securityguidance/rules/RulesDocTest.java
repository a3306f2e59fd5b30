package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the catalog; this test fails when they differ. Run with
 * {@code -Dsg.golden.update=true} to rewrite the file, then review the diff.
 */
class RulesDocTest {

  @Test
  void rulesDocumentMatchesTheCatalog() throws IOException {
    String root = System.getProperty("sg.root.dir");
    assertThat(root).as("system property sg.root.dir (set by the parent pom)").isNotBlank();
    Path doc = Path.of(root, "docs", "rules.md");
    String expected = RulesDocument.render(CatalogLoader.loadBuiltin(CatalogLoader.Validation.FULL));
    if (Boolean.getBoolean("sg.golden.update")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(doc).as("docs/rules.md exists (generate it with -Dsg.golden.update=true)").exists();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}

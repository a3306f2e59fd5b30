package org.securityguidance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every variable {@link Settings} reads must be in the README's variable table (STYLE (d)8). */
class EnvVarReadmeTest {
  @Test
  void everySettingsVariableIsDocumentedInTheReadme() throws IOException {
    Path readme = Path.of(System.getProperty("sg.root.dir", ".")).resolve("README.md");
    assumeTrue(Files.exists(readme), "README.md not written yet");
    String text = Files.readString(readme);
    List<String> missing = Arrays.stream(EnvVar.values()).map(Enum::name)
        .filter(name -> !text.contains("`" + name + "`")).toList();
    assertThat(missing).as("variables missing from README.md (as `NAME`)").isEmpty();
  }
}

package org.securityguidance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison with an explicit update switch: {@code -Dsg.golden.update=true} rewrites the files under
 * {@code src/test/resources} for review in the diff instead of comparing.
 */
public final class Golden {
  private static final Path RESOURCES = Path.of("src", "test", "resources");

  private Golden() {}

  public static void assertMatches(String relative, String actual) throws IOException {
    Path file = RESOURCES.resolve(relative);
    if (Boolean.getBoolean("sg.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dsg.golden.update=true)", relative).exists();
    assertThat(actual).as("golden file %s (regenerate with -Dsg.golden.update=true)", relative)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}

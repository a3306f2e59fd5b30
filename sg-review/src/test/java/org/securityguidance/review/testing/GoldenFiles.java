package org.securityguidance.review.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files under {@code sg-review/src/test/resources/golden/}. Regenerate with
 * {@code -Dsg.golden.update=true} and review the diff; never edit them by hand.
 */
public final class GoldenFiles {
  public static final Path ROOT = Path.of(System.getProperty("sg.root.dir", ".."))
      .resolve("sg-review/src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("sg.golden.update");

  private GoldenFiles() {}

  public static void assertMatches(String relativePath, String actual) throws IOException {
    Path file = ROOT.resolve(relativePath);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dsg.golden.update=true)", relativePath).exists();
    assertThat(actual).as("golden %s", relativePath).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}

package org.securityguidance.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the Claude Code CLI that {@code .ci/run} installs from npm ({@code SG_E2E_CLAUDE} or the system property
 * {@code sg.e2e.claude}); without it the suite fails when {@code SG_E2E_REQUIRED=1} (CI) and is skipped otherwise.
 */
final class ClaudeBinary {
  private ClaudeBinary() {}

  /** The executable, or the test is aborted (developers) / failed (CI) with the reason. */
  static Path require() {
    String configured = System.getProperty("sg.e2e.claude", System.getenv("SG_E2E_CLAUDE"));
    String reason;
    if (configured == null || configured.isBlank()) {
      reason = "SG_E2E_CLAUDE is not set (.ci/run installs the pinned Claude Code CLI and sets it)";
    } else if (!Files.isExecutable(Path.of(configured))) {
      reason = "SG_E2E_CLAUDE=" + configured + " is not an executable file";
    } else {
      return Path.of(configured);
    }
    if ("1".equals(System.getenv("SG_E2E_REQUIRED"))) {
      Assertions.fail("end-to-end suite required but " + reason);
    }
    System.out.println("e2e skipped: " + reason);
    Assumptions.abort(reason);
    return null;
  }

  /** The assembled plugin directory ({@code target/plugin}); fails when it was not built. */
  static Path pluginDir() {
    Path dir = Path.of(System.getProperty("sg.plugin.dir", "../target/plugin"));
    Assertions.assertTrue(Files.isRegularFile(dir.resolve("lib/security-guidance.jar")),
        "no built plugin at " + dir + ": run ./mvnw -q -o package -DskipTests");
    return dir;
  }
}

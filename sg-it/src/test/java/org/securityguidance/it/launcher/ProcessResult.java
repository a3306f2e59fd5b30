package org.securityguidance.it.launcher;

import java.time.Duration;
import java.util.List;

/** What one launcher process did: exit code, stdout and stderr decoded as UTF-8, wall time. */
public record ProcessResult(int exit, String stdout, String stderr, Duration elapsed) {

  /** Non-empty stdout lines. */
  public List<String> stdoutLines() {
    return stdout.lines().filter(l -> !l.isEmpty()).toList();
  }

  /** Non-empty stderr lines. */
  public List<String> stderrLines() {
    return stderr.lines().filter(l -> !l.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return "exit=" + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }
}

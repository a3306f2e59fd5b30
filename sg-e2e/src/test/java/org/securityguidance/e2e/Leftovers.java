package org.securityguidance.e2e;

import java.nio.file.Path;
import java.util.List;

/**
 * Finds and kills processes a session left behind: every process whose command line names the scenario's run
 * directory (the CLI, the plugin copy's launcher and JVM, anything started with a path inside it).
 */
final class Leftovers {
  private Leftovers() {}

  /** Kills the processes still naming {@code runDir} and returns how many there were. */
  static int killAll(Path runDir) {
    String marker = runDir.toAbsolutePath().toString();
    long self = ProcessHandle.current().pid();
    List<ProcessHandle> found = ProcessHandle.allProcesses()
        .filter(p -> p.pid() != self)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
    for (ProcessHandle p : found) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    return found.size();
  }
}

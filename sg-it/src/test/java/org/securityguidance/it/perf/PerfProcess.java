package org.securityguidance.it.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.ProcessResult;

/** Processes for the performance guards: the launcher or a bare JVM with exactly the given env and stdin. */
final class PerfProcess {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private PerfProcess() {}

  /** {@code bash hooks/sg-java.sh args} as hooks.json runs it. */
  static ProcessResult launcher(Map<String, String> env, Path cwd, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(Launcher.onHostPath("bash").toString(),
        Launcher.script().toString()));
    command.addAll(List.of(args));
    return run(command, env, cwd, stdin);
  }

  static ProcessResult run(List<String> command, Map<String, String> env, Path cwd, byte[] stdin) {
    return Launcher.exec(command, env, cwd, stdin, TIMEOUT);
  }

  /** A golden event of this package with a fresh session id (so dedupe never short-cuts a run). */
  static byte[] event(String name, String sessionId) {
    try (InputStream in = PerfProcess.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("@SESSION@", sessionId).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

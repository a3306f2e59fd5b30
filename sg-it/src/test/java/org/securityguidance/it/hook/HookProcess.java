package org.securityguidance.it.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the assembled jar's {@code hook <event>} as its own JVM, exactly as the launcher ends up doing. */
final class HookProcess {
  private HookProcess() {}

  /** Exit code, stdout and stderr of one finished hook process. */
  record Result(int exit, String stdout, String stderr) {}

  static Path jar() {
    Path jar = Path.of(System.getProperty("sg.plugin.dir", "target/plugin")).resolve("lib/security-guidance.jar");
    assertThat(jar).as("build the plugin first: ./mvnw -q -o package -DskipTests").exists();
    return jar;
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Starts {@code hook <event>} with exactly {@code env} (plus PATH), writes {@code stdin} and closes it. */
  static Process start(String event, String stdin, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(List.of(java().toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-jar", jar().toString(), "hook", event));
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().putAll(env);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  static Result finish(Process p) throws Exception {
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("hook finished").isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  static Result run(String event, String stdin, Map<String, String> env) throws Exception {
    return finish(start(event, stdin, env));
  }

  static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}

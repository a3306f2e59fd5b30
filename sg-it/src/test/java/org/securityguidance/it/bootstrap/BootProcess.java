package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.ProcessResult;
import org.securityguidance.json.Json;

/**
 * A SessionStart bootstrap as Claude Code runs it ({@code bash hooks/sg-java.sh bootstrap}, session JSON on stdin),
 * with an environment built from scratch: its own HOME and state dir, a PATH of plain tools, and one runtime.
 */
final class BootProcess {
  static final String ASYNC_MARKER = "{\"async\": true, \"asyncTimeout\": 180000}";
  private static final Duration TIMEOUT = Duration.ofSeconds(180);
  private static final byte[] SESSION = "{\"hook_event_name\":\"SessionStart\",\"session_id\":\"it\"}"
      .getBytes(StandardCharsets.UTF_8);

  final Path root;
  final Path state;
  final Map<String, String> env = new LinkedHashMap<>();

  BootProcess(Path root, Path javaBin) throws IOException {
    this.root = root;
    this.state = root.resolve("state");
    env.put("HOME", Files.createDirectories(root.resolve("home")).toString());
    env.put("PATH", Launcher.toolsDir().toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", state.toString());
    env.put("SG_JAVA", javaBin.toString());
  }

  /** Runs the SessionStart bootstrap; asserts the two-line protocol and returns the metrics object. */
  Map<String, Object> bootstrap() {
    ProcessResult r = run(List.of(Launcher.onHostPath("bash").toString(), Launcher.script().toString(),
        "bootstrap"), SESSION);
    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines).as(r.toString()).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(ASYNC_MARKER);
    return metrics(lines.get(1));
  }

  /** {@code java -jar <jar> bootstrap --rescue} with the hook JVM flags, as the launcher's rescue mode runs it. */
  ProcessResult rescue(Path javaBin) {
    return run(List.of(javaBin.toString(), "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-Xmx256m", "-Xss1m", "-jar", Launcher.pluginDir().resolve("lib/security-guidance.jar")
            .toString(), "bootstrap", "--rescue"), new byte[0]);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> metrics(String line) {
    Map<String, Object> obj = Json.parseObject(line);
    assertThat(obj).containsOnlyKeys("metrics");
    Map<String, Object> m = (Map<String, Object>) obj.get("metrics");
    assertThat(m.size()).isLessThanOrEqualTo(20);
    m.forEach((k, v) -> assertThat(v).as(k).isInstanceOfAny(Boolean.class, Long.class));
    assertThat(m).containsKeys("pv", "boot");
    return m;
  }

  ProcessResult run(List<String> command, byte[] stdin) {
    return Launcher.exec(command, env, root, stdin, TIMEOUT);
  }

  static List<String> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
    } catch (IOException e) {
      return new ArrayList<>();
    }
  }
}

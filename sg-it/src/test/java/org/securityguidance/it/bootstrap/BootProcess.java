package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
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
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      } catch (IOException e) {
        // The JVM does not read SessionStart's stdin; a closed pipe is fine.
      }
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new ProcessResult(p.exitValue(), out.join(), err.join(), Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test JVM's home and every JDK 17+ home under /usr/lib/jvm (resolved, without duplicates). */
  static Stream<Path> runtimes() throws IOException {
    Set<Path> homes = new LinkedHashSet<>();
    homes.add(Paths.get(System.getProperty("java.home")).toRealPath());
    Path jvmDir = Paths.get("/usr/lib/jvm");
    if (Files.isDirectory(jvmDir)) {
      try (Stream<Path> dirs = Files.list(jvmDir)) {
        for (Path d : dirs.filter(d -> Files.isExecutable(d.resolve("bin/java"))).toList()) {
          homes.add(d.toRealPath());
        }
      }
    }
    return homes.stream().filter(h -> feature(h) >= 17);
  }

  static int feature(Path home) {
    try {
      Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The test JVM's own home (JDK 17 on this project's CI). */
  static Path testJavaHome() {
    try {
      return Paths.get(System.getProperty("java.home")).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
    } catch (IOException e) {
      return new ArrayList<>();
    }
  }
}

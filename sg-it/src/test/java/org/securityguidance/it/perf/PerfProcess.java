package org.securityguidance.it.perf;

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

/** Processes for the performance guards: the launcher or a bare JVM with exactly the given env and stdin. */
final class PerfProcess {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private PerfProcess() {}

  /** {@code bash hooks/sg-java.sh args} as hooks.json runs it. */
  static ProcessResult launcher(Map<String, String> env, Path cwd, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(Launcher.onHostPath("bash").toString(),
        Launcher.script().toString()));
    command.addAll(List.of(args));
    return run(command, env, cwd, stdin);
  }

  static ProcessResult run(List<String> command, Map<String, String> env, Path cwd, byte[] stdin) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
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

  /** A golden event of this package with a fresh session id (so dedupe never short-cuts a run). */
  static byte[] event(String name, String sessionId) {
    try (InputStream in = PerfProcess.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("@SESSION@", sessionId).getBytes(StandardCharsets.UTF_8);
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

  /** The feature release in {@code <home>/release}, 0 when unknown. */
  static int feature(Path home) {
    try {
      Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.securityguidance.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securityguidance.state.DebugLog;

/** An in-process hook server on an ephemeral loopback port, for tests; closing it stops the server. */
public final class RunningServer implements AutoCloseable {
  private final HookServer server;
  private final CompletableFuture<StopReason> stopped;
  private final PortFile portFile;

  private RunningServer(HookServer server, CompletableFuture<StopReason> stopped, PortFile portFile) {
    this.server = server;
    this.stopped = stopped;
    this.portFile = portFile;
  }

  /** Options for tests: a fake jar file in {@code dir}, short poll, no warm-up. */
  public static ServerOptions options(Path stateDir, Path dir) throws IOException {
    Path jar = dir.resolve("fake.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "not really a jar");
    }
    return new ServerOptions(stateDir, jar, "/opt/java/bin/java", Duration.ofMinutes(5), Duration.ofHours(1),
        Duration.ofSeconds(2), 64 * 1024, Duration.ofMillis(50), 0);
  }

  /** Starts the server and waits until its port file names it. */
  public static RunningServer start(ServerOptions options, HookRunner runner, DebugLog log) throws Exception {
    Path file = options.stateDir().resolve(PortFile.FILE_NAME);
    String before = PortFile.read(file).map(PortFile::clientToken).orElse("");
    HookServer server = new HookServer(options, runner, log, new SecureRandom());
    CompletableFuture<StopReason> stopped = CompletableFuture.supplyAsync(server::serve);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<PortFile> pf = PortFile.read(file);
      if (pf.isPresent() && !pf.get().clientToken().equals(before) && !stopped.isDone()) {
        return new RunningServer(server, stopped, pf.get());
      }
      if (stopped.isDone()) {
        throw new IllegalStateException("server stopped at start: " + stopped.get());
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("no port file");
  }

  public PortFile portFile() {
    return portFile;
  }

  public CompletableFuture<StopReason> stopped() {
    return stopped;
  }

  @Override
  public void close() throws java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
    server.stop();
    try {
      stopped.get(20, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

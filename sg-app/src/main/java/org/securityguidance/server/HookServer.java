package org.securityguidance.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.securityguidance.state.DebugLog;

/**
 * The warm hook server (ADR 0012): a long-lived JVM on 127.0.0.1 that runs {@code hook edit} requests for the bash
 * client in the launcher, one at a time, so an edit costs a few milliseconds instead of a JVM start.
 *
 * <p>Design note: every failure on the server side ends in a closed connection without an answer, and the client
 * then runs the normal fresh JVM, so the server can only make a hook faster, never break it. Requests are served
 * sequentially: two in-JVM {@code FileChannel} locks on one state file would throw instead of waiting, and each
 * request takes a few milliseconds. Nothing of a request's content is ever logged.
 */
public final class HookServer {
  /** Events served; the rest keep a fresh JVM (rare, or slow anyway). */
  static final Set<String> SERVED_EVENTS = Set.of("edit");

  private final ServerOptions options;
  private final HookRunner runner;
  private final DebugLog log;
  private final SecureRandom random;
  private volatile boolean stopRequested;
  private volatile boolean superseded;
  private volatile ServerSocket socket;
  private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
  private long served;
  private long refused;

  public HookServer(ServerOptions options, HookRunner runner, DebugLog log, SecureRandom random) {
    this.options = options;
    this.runner = runner;
    this.log = log;
    this.random = random;
  }

  /** Runs until idle, lifetime, jar change, a lost port file or {@link #stop}; returns why it ended. */
  public StopReason serve() {
    try {
      return serveOnce();
    } finally {
      finished.countDown();
    }
  }

  /** Stops the loop and waits (bounded) until the port file is cleaned up: for a JVM shutdown hook on SIGTERM. */
  public void stopAndWait(java.time.Duration wait) {
    stop();
    try {
      finished.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private StopReason serveOnce() {
    try {
      if (!StateDirCheck.privateEnough(options.stateDir())) {
        log.log("hook-server: not started, " + options.stateDir() + " is writable by others");
        return StopReason.START_FAILED;
      }
      JarWatch jar = JarWatch.of(options.jar());
      Optional<InstanceLock> lock = Succession.acquire(options.stateDir(), jar.sha256(), options.javaBin(), log);
      if (lock.isEmpty()) {
        log.log("hook-server: another server holds " + options.stateDir().resolve(InstanceLock.FILE_NAME));
        return StopReason.ANOTHER_SERVER;
      }
      try {
        return serveLocked(jar);
      } finally {
        lock.get().close();
      }
    } catch (IOException | RuntimeException e) {
      log.log("hook-server: start failed (" + e.getClass().getSimpleName() + ")");
      return StopReason.START_FAILED;
    }
  }

  /** Asks the loop to end at its next wake-up (tests and orderly shutdown). */
  public void stop() {
    stopRequested = true;
    ServerSocket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // The loop notices the flag anyway.
      }
    }
  }

  private StopReason serveLocked(JarWatch jar) throws IOException {
    Warmup.run(runner, options.warmupRounds());
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
      socket = server;
      long now = System.currentTimeMillis();
      PortFile portFile = new PortFile(server.getLocalPort(), Tokens.fresh(random), Tokens.fresh(random),
          jar.sha256(), ProcessHandle.current().pid(), now / 1000, options.javaBin());
      Path portPath = options.stateDir().resolve(PortFile.FILE_NAME);
      portFile.writeTo(portPath);
      log.log("hook-server: listening on 127.0.0.1:" + portFile.port() + " pid " + portFile.pid());
      StopReason reason = StopReason.STOPPED;
      try {
        reason = loop(server, portFile, portPath, jar);
      } finally {
        portFile.removeIfOurs(portPath);
        Runtime rt = Runtime.getRuntime();
        log.log("hook-server: stopped (" + reason + ", code " + reason.code() + ") after " + served + " request(s), "
            + refused + " refused; heap " + (rt.totalMemory() - rt.freeMemory()) / 1024 + " KiB used of "
            + rt.totalMemory() / 1024 + " KiB");
      }
      return reason;
    }
  }

  private StopReason loop(ServerSocket server, PortFile portFile, Path portPath, JarWatch jar) throws IOException {
    long started = System.nanoTime();
    long lastActive = started;
    server.setSoTimeout((int) Math.max(1, options.poll().toMillis()));
    while (true) {
      StopReason reason = lifecycle(started, lastActive, portFile, portPath, jar);
      if (reason != null) {
        return reason;
      }
      try (Socket client = server.accept()) {
        handle(client, portFile);
        lastActive = System.nanoTime();
      } catch (SocketTimeoutException e) {
        // Wake-up for the lifecycle checks.
      } catch (IOException e) {
        if (stopRequested) {
          return StopReason.STOPPED;
        }
        log.log("hook-server: connection failed (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private StopReason lifecycle(long started, long lastActive, PortFile portFile, Path portPath, JarWatch jar) {
    long now = System.nanoTime();
    if (stopRequested) {
      return superseded ? StopReason.SUPERSEDED : StopReason.STOPPED;
    }
    if (now - lastActive >= options.idle().toNanos()) {
      return StopReason.IDLE;
    }
    if (now - started >= options.lifetime().toNanos()) {
      return StopReason.LIFETIME;
    }
    if (jar.changed()) {
      return StopReason.JAR_CHANGED;
    }
    Optional<PortFile> current = PortFile.read(portPath);
    if (current.isEmpty() || !current.get().clientToken().equals(portFile.clientToken())) {
      return StopReason.PORT_FILE_LOST;
    }
    return null;
  }

  /**
   * Mutual authentication before any content moves: the client proves it read the port file (client token), then the
   * server answers with the server token, so a client never sends stdin to a process that took over a dead server's
   * port (it may learn the old client token, which opens nothing: a new server draws new tokens).
   */
  private void handle(Socket client, PortFile portFile) throws IOException {
    DeadlineInput in = new DeadlineInput(client, System.nanoTime() + options.readDeadline().toNanos());
    OutputStream out = client.getOutputStream();
    try {
      authenticate(in, portFile);
      out.write(("SG1 " + portFile.serverToken() + "\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      HookRequest request = new RequestReader(in, options.maxStdinBytes()).read();
      long started = System.nanoTime();
      out.write(run(request));
      out.flush();
      served++;
      log.log("hook-server: served " + request.event() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (RequestRefused e) {
      refused++;
      log.log("hook-server: refused a request (" + e.getMessage() + ")");
    }
  }

  private static void authenticate(DeadlineInput in, PortFile portFile) throws IOException, RequestRefused {
    String line = new String(in.line(Tokens.HEX_LENGTH + 8), StandardCharsets.US_ASCII);
    String offered = line.startsWith("SG1 ") ? line.substring(4) : "";
    if (!Tokens.matches(portFile.clientToken(), offered)) {
      throw new RequestRefused("bad token");
    }
  }

  /** Runs the hook for one request; the answer is the exit code line followed by the hook's stdout. */
  private byte[] run(HookRequest request) throws RequestRefused {
    if (request.event().equals(Succession.LEAVE)) {
      // An authenticated successor with another jar or runtime: finish this answer, then stop.
      superseded = true;
      stopRequested = true;
      return "0\n".getBytes(StandardCharsets.US_ASCII);
    }
    if (!SERVED_EVENTS.contains(request.event())) {
      throw new RequestRefused("event not served here");
    }
    Path cwd = directory(request.cwd());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, false, StandardCharsets.UTF_8);
    int code = runner.run(request.event(), new ByteArrayInputStream(request.stdin()), out, err,
        RequestEnv.of(request.env(), cwd), cwd);
    out.flush();
    err.flush();
    if (stderr.size() > 0) {
      // Size only: stderr may quote what the hook read.
      log.log("hook-server: the hook wrote " + stderr.size() + " byte(s) to stderr");
    }
    ByteArrayOutputStream answer = new ByteArrayOutputStream(stdout.size() + 8);
    answer.writeBytes((code + "\n").getBytes(StandardCharsets.US_ASCII));
    answer.writeBytes(stdout.toByteArray());
    return answer.toByteArray();
  }

  private static Path directory(String cwd) throws RequestRefused {
    try {
      Path p = Path.of(cwd);
      if (p.isAbsolute()) {
        return p;
      }
    } catch (InvalidPathException e) {
      // Falls through to the refusal.
    }
    throw new RequestRefused("cwd is not an absolute path");
  }
}

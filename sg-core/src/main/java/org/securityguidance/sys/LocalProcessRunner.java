package org.securityguidance.sys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** {@link ProcessRunner} on top of {@link ProcessBuilder}: pumps both streams on daemon threads, enforces the timeout. */
final class LocalProcessRunner implements ProcessRunner {
  static final LocalProcessRunner INSTANCE = new LocalProcessRunner();

  /**
   * How long to wait for the output pumps after the child exited. A grandchild that inherited the pipes can keep
   * them open forever (a daemon spawned by the child); we then return what we have instead of hanging.
   */
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

  private static final Duration REAP_WAIT = Duration.ofSeconds(2);

  private LocalProcessRunner() {}

  @Override
  public ProcessResult run(ProcessRequest request) {
    long startNanos = System.nanoTime();
    Process process;
    try {
      process = builder(request).start();
    } catch (IOException | RuntimeException e) {
      return ProcessResult.startFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(startNanos));
    }
    CappedBuffer out = new CappedBuffer(request.outputCap(), request.keepTail());
    CappedBuffer err = new CappedBuffer(request.outputCap(), request.keepTail());
    Thread outPump = pump(process.getInputStream(), out, "sg-proc-stdout");
    Thread errPump = pump(process.getErrorStream(), err, "sg-proc-stderr");
    feedStdin(process, request.stdin());
    boolean exited = awaitExit(process, request.timeout());
    if (!exited) {
      destroyTree(process);
    }
    long drainDeadline = System.nanoTime() + DRAIN_GRACE.toNanos();
    join(outPump, drainDeadline);
    join(errPump, drainDeadline);
    int code = exited ? process.exitValue() : ProcessResult.NO_EXIT_CODE;
    return new ProcessResult(code, out.toByteArray(), err.toByteArray(), !exited,
        out.truncated() || err.truncated(), null, millisSince(startNanos));
  }

  private static ProcessBuilder builder(ProcessRequest request) {
    ProcessBuilder pb = new ProcessBuilder(request.argv());
    if (request.directory() != null) {
      pb.directory(request.directory().toFile());
    }
    if (request.environment() != null) {
      pb.environment().clear();
      pb.environment().putAll(request.environment());
    }
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    return pb;
  }

  private static Thread pump(InputStream in, CappedBuffer sink, String name) {
    Thread t = new Thread(() -> {
      byte[] chunk = new byte[64 * 1024];
      try (in) {
        int n;
        while ((n = in.read(chunk)) >= 0) {
          sink.write(chunk, n);
        }
      } catch (IOException e) {
        // Stream closed under us (process destroyed): keep what was read.
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Writes stdin on its own thread so a child that does not read it cannot deadlock us; closes it either way. */
  private static void feedStdin(Process process, byte[] stdin) {
    OutputStream os = process.getOutputStream();
    if (stdin == null || stdin.length == 0) {
      closeQuietly(os);
      return;
    }
    Thread t = new Thread(() -> {
      try (os) {
        os.write(stdin);
      } catch (IOException e) {
        // The child exited or closed stdin early; its exit status tells the story.
      }
    }, "sg-proc-stdin");
    t.setDaemon(true);
    t.start();
  }

  private static boolean awaitExit(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Kills the child and everything it spawned; descendants are listed first because a dead parent has none. */
  private static void destroyTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    boolean wasInterrupted = Thread.interrupted();
    try {
      process.waitFor(REAP_WAIT.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      wasInterrupted = true;
    } finally {
      if (wasInterrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void join(Thread t, long deadlineNanos) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
      return;
    }
    try {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(OutputStream os) {
    try {
      os.close();
    } catch (IOException e) {
      // Nothing to do: the child already went away.
    }
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}

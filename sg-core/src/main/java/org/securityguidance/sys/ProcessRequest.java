package org.securityguidance.sys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: argv, working directory, timeout, optional stdin bytes, optional full child environment and the
 * per-stream output cap.
 *
 * @param argv program and arguments; element 0 is looked up on the parent's {@code PATH}
 * @param directory working directory, or {@code null} for the current one
 * @param timeout wall-clock limit; on expiry the whole process tree is destroyed
 * @param stdin bytes written to the child's stdin, or {@code null}/empty for a closed stdin
 * @param environment the child's complete environment, or {@code null} to inherit the parent's
 * @param outputCap bytes kept per stream; the rest is drained and discarded (flagged as truncated)
 * @param keepTail true to keep the LAST {@code outputCap} bytes of each stream instead of the first (failure output
 *     is printed last: the bootstrap classifies the end of a child's output, spec bootstrap-and-telemetry.md §4.5)
 */
public record ProcessRequest(
    List<String> argv, Path directory, Duration timeout, byte[] stdin, Map<String, String> environment,
    int outputCap, boolean keepTail) {

  public ProcessRequest {
    argv = List.copyOf(argv);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (outputCap <= 0) {
      throw new IllegalArgumentException("outputCap must be positive");
    }
    stdin = stdin == null ? null : stdin.clone();
    environment = environment == null ? null : Map.copyOf(environment);
  }

  /** A request that keeps the first {@code outputCap} bytes of each stream. */
  public ProcessRequest(List<String> argv, Path directory, Duration timeout, byte[] stdin,
      Map<String, String> environment, int outputCap) {
    this(argv, directory, timeout, stdin, environment, outputCap, false);
  }

  /** A request with closed stdin, the inherited environment and the default output cap. */
  public static ProcessRequest of(List<String> argv, Path directory, Duration timeout) {
    return new ProcessRequest(argv, directory, timeout, null, null, ProcessRunner.DEFAULT_OUTPUT_CAP);
  }

  /** The same request with these stdin bytes. */
  public ProcessRequest withStdin(byte[] bytes) {
    return new ProcessRequest(argv, directory, timeout, bytes, environment, outputCap, keepTail);
  }

  /** The same request with this complete child environment. */
  public ProcessRequest withEnvironment(Map<String, String> env) {
    return new ProcessRequest(argv, directory, timeout, stdin, env, outputCap, keepTail);
  }

  /** The same request with another per-stream output cap. */
  public ProcessRequest withOutputCap(int bytes) {
    return new ProcessRequest(argv, directory, timeout, stdin, environment, bytes, keepTail);
  }

  /** The same request with another timeout. */
  public ProcessRequest withTimeout(Duration newTimeout) {
    return new ProcessRequest(argv, directory, newTimeout, stdin, environment, outputCap, keepTail);
  }

  /** The same request keeping the last {@code outputCap} bytes of each stream. */
  public ProcessRequest keepingTail() {
    return new ProcessRequest(argv, directory, timeout, stdin, environment, outputCap, true);
  }
}

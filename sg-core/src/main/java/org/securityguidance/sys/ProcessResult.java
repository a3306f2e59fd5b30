package org.securityguidance.sys;

import java.nio.charset.StandardCharsets;

/**
 * How a child process ended, with its captured output as raw bytes (decoded on demand as UTF-8 with replacement,
 * never with the platform charset: #2056, #2099).
 *
 * @param exitCode the exit status, or {@link #NO_EXIT_CODE} when the process did not start or timed out
 * @param stdoutBytes captured stdout (at most the request's cap)
 * @param stderrBytes captured stderr (at most the request's cap)
 * @param timedOut the timeout expired (or the caller was interrupted) and the process tree was destroyed
 * @param truncated at least one stream exceeded the cap; the excess was discarded
 * @param startError why the process could not be started (e.g. binary not found), or {@code null} if it started
 * @param elapsedMillis wall-clock time spent in {@link ProcessRunner#run}
 */
public record ProcessResult(
    int exitCode, byte[] stdoutBytes, byte[] stderrBytes, boolean timedOut, boolean truncated, String startError,
    long elapsedMillis) {

  /** The exit code reported when there is none. */
  public static final int NO_EXIT_CODE = -1;

  private static final byte[] EMPTY = new byte[0];

  public ProcessResult {
    stdoutBytes = stdoutBytes == null ? EMPTY : stdoutBytes;
    stderrBytes = stderrBytes == null ? EMPTY : stderrBytes;
  }

  /** A result for a process that never started. */
  public static ProcessResult startFailed(String reason, long elapsedMillis) {
    return new ProcessResult(NO_EXIT_CODE, EMPTY, EMPTY, false, false, reason, elapsedMillis);
  }

  /** True when the process was started. */
  public boolean started() {
    return startError == null;
  }

  /** True when the process started, finished in time and exited with status 0. */
  public boolean ok() {
    return started() && !timedOut && exitCode == 0;
  }

  /** Stdout decoded as UTF-8; malformed bytes become U+FFFD. */
  public String stdout() {
    return new String(stdoutBytes, StandardCharsets.UTF_8);
  }

  /** Stderr decoded as UTF-8; malformed bytes become U+FFFD. */
  public String stderr() {
    return new String(stderrBytes, StandardCharsets.UTF_8);
  }

  /** A short, content-free description for debug logs (status, code, timing; never output). */
  public String describe() {
    if (!started()) {
      return "start failed: " + startError;
    }
    return (timedOut ? "timed out" : "exit " + exitCode) + (truncated ? ", truncated" : "") + ", " + elapsedMillis
        + " ms";
  }
}

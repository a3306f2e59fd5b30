package org.securityguidance.sys;

/**
 * Runs one child process from an argument array (never a shell string) and captures its output as bytes.
 *
 * <p>Design note: this is the only seam through which the project starts processes. Implementations never throw for
 * a missing binary, a bad directory, a timeout or an interrupt; every outcome is described by the returned
 * {@link ProcessResult}, so hook code can fail open without try/catch at each call site. Tests may supply a fake.
 */
public interface ProcessRunner {
  /** Output cap per stream when a request does not set one: 16 MiB. */
  int DEFAULT_OUTPUT_CAP = 16 * 1024 * 1024;

  /** Runs the request to completion, timeout or start failure; never throws. */
  ProcessResult run(ProcessRequest request);

  /** The runner backed by {@link ProcessBuilder}. */
  static ProcessRunner local() {
    return LocalProcessRunner.INSTANCE;
  }
}

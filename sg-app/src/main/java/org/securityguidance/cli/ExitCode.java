package org.securityguidance.cli;

/** Process exit codes of every command. */
public final class ExitCode {
  /** Success; for {@code scan}, no findings. */
  public static final int OK = 0;
  /** {@code scan} found something. */
  public static final int FINDINGS = 1;
  /** Bad command line. */
  public static final int USAGE = 2;
  /** Unexpected internal error (human-facing commands only; hooks always fail open with 0). */
  public static final int INTERNAL = 3;
  /** asyncRewake hooks: verified findings that must wake the agent. */
  public static final int REWAKE = 2;

  private ExitCode() {}
}

package org.securityguidance.agent.sandbox;

/**
 * Why the sandbox (or a tool on its behalf) refused a path. Codes are stable: they appear in metrics. Messages are
 * shown to the model and never contain file content.
 */
public enum Refusal {
  INVALID_PATH(1, "not a usable path (empty, too long, or containing control characters)"),
  OUTSIDE_REPOSITORY(2, "outside the repository; only repository-relative paths can be read"),
  SYMLINK_ESCAPE(3, "a symbolic link on this path leads outside the repository"),
  GIT_INTERNALS(4, "inside the git directory; git internals are not readable"),
  NOT_FOUND(5, "no such file in the repository"),
  NOT_A_REGULAR_FILE(6, "not a regular file (device, FIFO or socket)"),
  IS_A_DIRECTORY(7, "a directory; use Glob to list files or Grep with this path to search it"),
  NOT_A_DIRECTORY(8, "not a directory"),
  SECRET_FILE(9, "a secret-bearing file (environment, key or credential file) outside the reviewed change"),
  IGNORED_FILE(10, "ignored by the repository's ignore rules, or not part of its files"),
  BINARY_FILE(11, "a binary file"),
  UNREADABLE(12, "could not be read");

  private final int code;
  private final String message;

  Refusal(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /** The stable numeric code for telemetry. */
  public int code() {
    return code;
  }

  /** A short explanation for the model. */
  public String message() {
    return message;
  }
}

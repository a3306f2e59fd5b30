package org.securityguidance.scan;

/** A scan target the user named cannot be used (missing, not a file or directory); the message is one line. */
public final class ScanInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScanInputException(String message) {
    super(message);
  }
}

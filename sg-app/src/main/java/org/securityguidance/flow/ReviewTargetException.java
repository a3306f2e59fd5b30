package org.securityguidance.flow;

/** A review target (repository, revision, range) that cannot be reviewed; the message is one line for the user. */
public final class ReviewTargetException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReviewTargetException(String message) {
    super(message);
  }
}

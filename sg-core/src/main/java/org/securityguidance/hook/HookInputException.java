package org.securityguidance.hook;

/** Stdin could not be turned into a hook event; the reason is safe to log (it never quotes stdin). */
public final class HookInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What was wrong with stdin. */
  public enum Reason {
    UNREADABLE,
    TOO_LARGE,
    MALFORMED,
    NOT_AN_OBJECT
  }

  private final Reason reason;

  public HookInputException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

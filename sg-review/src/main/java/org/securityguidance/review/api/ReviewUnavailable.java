package org.securityguidance.review.api;

/**
 * The review could not be obtained. Never shown to the agent as findings and never a rewake: the flow logs the
 * reason, counts it in metrics ({@code api_error} / {@code http_err_last}) and restores its state for the next turn.
 */
public final class ReviewUnavailable extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why; {@link #code()} is the stable telemetry number. Append-only. */
  public enum Reason {
    NO_CREDENTIALS(1),
    AUTH(2),
    RATE_LIMITED(3),
    SERVER_ERROR(4),
    NETWORK(5),
    TIMEOUT(6),
    REFUSAL(7),
    BAD_RESPONSE(8),
    MODEL_NOT_FOUND(9),
    CLIENT_ERROR(10),
    CLI_FAILED(11),
    DEADLINE(12);

    private final int code;

    Reason(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  private final Reason reason;
  private final int httpStatus;
  private final long retryAfterMillis;

  /** {@code httpStatus} is the last HTTP status, or -1 for network/timeout/CLI failures. */
  public ReviewUnavailable(Reason reason, int httpStatus, String detail) {
    this(reason, httpStatus, detail, -1);
  }

  /** As above, with the server's {@code retry-after} hint in milliseconds ({@code -1} when absent). */
  public ReviewUnavailable(Reason reason, int httpStatus, String detail, long retryAfterMillis) {
    super(reason + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    this.reason = reason;
    this.httpStatus = httpStatus;
    this.retryAfterMillis = retryAfterMillis;
  }

  public Reason reason() {
    return reason;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The server's {@code retry-after} in milliseconds, or {@code -1} when it sent none. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }
}

package org.securityguidance.review.api;

import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Records each leg's outcome in a {@link UsageMeter}: usage and cost on success, the final status on failure (spec
 * §4.6 "final failure: record status"). Refusals and unusable 200 answers are not HTTP errors; a missing credential
 * made no call at all.
 */
public final class MeteredMessagesClient implements MessagesClient {
  private final MessagesClient inner;
  private final UsageMeter meter;

  public MeteredMessagesClient(MessagesClient inner, UsageMeter meter) {
    this.inner = inner;
    this.meter = meter;
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    try {
      MessagesResponse response = inner.send(request);
      meter.record(response, request.model());
      return response;
    } catch (ReviewUnavailable e) {
      boolean answered = e.reason() == Reason.REFUSAL
          || (e.reason() == Reason.BAD_RESPONSE && e.httpStatus() >= 200 && e.httpStatus() < 300);
      if (!answered && e.reason() != Reason.NO_CREDENTIALS) {
        meter.recordError(e.httpStatus());
      }
      throw e;
    }
  }
}

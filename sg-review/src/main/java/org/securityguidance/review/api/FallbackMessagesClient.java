package org.securityguidance.review.api;

import java.util.Set;
import org.securityguidance.review.api.ReviewUnavailable.Reason;

/**
 * Tries the primary model, then the fallback model once (spec §4.4), and only when the user chose no model. Unlike
 * the original, failures another model cannot fix — auth, other 4xx, network, no credentials, deadline — go
 * straight back (spec §13.7: the original paid for a second call even on 401/403).
 */
public final class FallbackMessagesClient implements MessagesClient {
  /** Failures where a different model may still answer. */
  static final Set<Reason> WORTH_A_FALLBACK = Set.of(Reason.MODEL_NOT_FOUND, Reason.SERVER_ERROR,
      Reason.RATE_LIMITED, Reason.TIMEOUT, Reason.REFUSAL, Reason.BAD_RESPONSE);

  private final MessagesClient primary;
  private final MessagesClient fallback;
  private final String fallbackModel;
  private final TransportLog log;

  /** {@code fallbackModel} {@code null} disables the fallback (the user chose a model). */
  public FallbackMessagesClient(MessagesClient primary, MessagesClient fallback, String fallbackModel,
      TransportLog log) {
    this.primary = primary;
    this.fallback = fallback;
    this.fallbackModel = fallbackModel;
    this.log = log;
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    try {
      return primary.send(request);
    } catch (ReviewUnavailable failure) {
      if (fallbackModel == null || fallbackModel.equals(request.model())
          || !WORTH_A_FALLBACK.contains(failure.reason())) {
        throw failure;
      }
      log.log("fallback: " + request.model() + " failed " + failure.reason() + ", trying " + fallbackModel);
      try {
        return fallback.send(request.withModel(fallbackModel));
      } catch (ReviewUnavailable second) {
        second.addSuppressed(failure);
        throw second;
      }
    }
  }
}

package org.securityguidance.flow;

import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;

/**
 * The once-per-session notice at UserPromptSubmit (spec llm-review §9.3, V-BILL): when both an API key and a
 * subscription token are set, reviews use the key, so the user is told their pay-as-you-go key is billed.
 *
 * <p>Design note: the prompt hook is synchronous, so this reads four variables instead of building the transport
 * configuration (custom headers, proxy) on every prompt.
 */
public final class BillingNotice {
  /** The {@code shown_warnings} key that makes it once per session (kept from the original). */
  static final String SHOWN_KEY = "api-key-billing-notice";

  static final String TEXT = "security-guidance: the background security reviews are billed to your "
      + "ANTHROPIC_API_KEY (pay-as-you-go), not to your Claude subscription, because an API key is set in this "
      + "environment. Unset ANTHROPIC_API_KEY to review on your subscription instead. (Shown once per session.)";

  private BillingNotice() {}

  /** True when reviews would bill an API key although a subscription token is also available. */
  static boolean applies(Env env, Settings settings) {
    if (!settings.codeReview() || env.get("ANTHROPIC_API_KEY") == null || env.get("ANTHROPIC_AUTH_TOKEN") == null) {
      return false;
    }
    if (TransportConfig.PROVIDER_FLAGS.stream().anyMatch(env::isTruthy)) {
      return false;
    }
    String base = env.get("ANTHROPIC_BASE_URL");
    // A gateway (LiteLLM, a company proxy) bills however it bills: only the first-party endpoint is certain.
    return base == null || base.trim().replaceAll("/{1,64}$", "").equals(TransportConfig.DEFAULT_BASE_URL);
  }

  /** Prints the notice once per session when it applies; prints nothing otherwise. */
  public static void maybeShow(Env env, Settings settings, SessionStore store, HookOutput out, DebugLog log) {
    if (!applies(env, settings)) {
      return;
    }
    boolean first = store.update(doc -> SessionDoc.claimWarning(doc, SHOWN_KEY)).orElse(false);
    if (first) {
      log.log("prompt: billing notice shown (API key and subscription token both set)");
      out.emitSystemMessage(out.metrics().put("billing_notice", true), TEXT);
    }
  }
}

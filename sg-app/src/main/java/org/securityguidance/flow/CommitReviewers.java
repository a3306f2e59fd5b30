package org.securityguidance.flow;

import java.time.Clock;
import java.util.Optional;
import org.securityguidance.agent.review.AgenticConfig;
import org.securityguidance.config.Settings;
import org.securityguidance.review.api.ReviewTransport;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;

/**
 * Builds the commit and push reviewer from the environment: the agentic reviewer raced against the single-shot one
 * (issue 4), or nothing without credentials (skip 22).
 */
public final class CommitReviewers {
  private CommitReviewers() {}

  /** The reviewer, or empty when there is no way to call a model (no key, token or provider). */
  public static Optional<CommitReviewer> fromEnv(Env env, Settings settings, DebugLog log) {
    TransportConfig config = TransportConfig.from(env, log::log);
    if (!config.hasCredentials()) {
      return Optional.empty();
    }
    ReviewTransport transport = ReviewTransport.forProcess(config, env, log::log);
    return Optional.of(new AgenticCommitReviewer(config, env, AgenticConfig.from(env), settings.home(),
        Clock.systemUTC(), log, transport::reachable));
  }

  /** The review side of the Bash hook: reviewer (built lazily), session state, usage log, git diffs, caps. */
  public static BashFlow.Review forBash(Env env, Settings settings, DebugLog log, SessionStore store) {
    return new BashFlow.Review(() -> fromEnv(env, settings, log), store, UsageLog.in(settings.stateDir()),
        CommitDiff.local(env), ScopeLimits.from(env));
  }
}

package org.securityguidance.flow;

import java.util.Optional;
import java.util.function.Supplier;
import org.securityguidance.config.Settings;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.BaselineSnapshot;
import org.securityguidance.git.Git;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.review.api.MessagesClient;
import org.securityguidance.review.api.ReviewTransport;
import org.securityguidance.review.api.TransportConfig;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.review.prompt.PromptBuilder;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.single.SingleShotReviewer;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.ReviewUsage;
import org.securityguidance.usage.UsageLog;

/** Builds the production review engine from the environment: transport, scope limits, reviewer, usage metering. */
public final class ReviewEngines {
  private ReviewEngines() {}

  /** The engine, or empty when there is no way to call a model (no key, token or provider): Stop's skip 3. */
  public static Optional<ReviewEngine> fromEnv(Env env, Settings settings, DebugLog log) {
    TransportConfig config = TransportConfig.from(env, log::log);
    if (!config.hasCredentials()) {
      return Optional.empty();
    }
    ReviewTransport transport = ReviewTransport.forProcess(config, env, log::log);
    Supplier<SingleShotEngine.Session> sessions = () -> {
      UsageMeter meter = new UsageMeter();
      MessagesClient client = transport.client(meter);
      SingleShotReviewer reviewer = new SingleShotReviewer(client, config.reviewModel(), config.dualOr(),
          new PromptBuilder(), log::log);
      return new SingleShotEngine.Session(reviewer, () -> usage(meter.snapshot()));
    };
    return Optional.of(new SingleShotEngine(sessions, ReviewScope.local(env), ScopeLimits.from(env),
        settings.home(), transport::reachable, log::log));
  }

  /** Stop's review side: the engine (built lazily), baseline re-capture through git, the usage log. */
  public static StopFlow.Review forStop(Env env, Settings settings, DebugLog log) {
    return new StopFlow.Review(() -> fromEnv(env, settings, log), cwd -> {
      BaselineSnapshot s = new Baseline(Git.local(env)).capture(cwd);
      return new TurnSnapshot(s.baselineSha(), s.headSha(), s.untracked());
    }, UsageLog.in(settings.stateDir()));
  }

  /** The meter's totals as one review's usage. */
  static ReviewUsage usage(UsageMeter.Snapshot s) {
    return new ReviewUsage(s.modelIds(), s.tokens().inputTokens(), s.tokens().outputTokens(),
        s.tokens().cacheReadTokens(), s.tokens().cacheWriteTokens(), (int) s.apiCalls(), s.costUsd(),
        (int) s.httpErrorCount(), s.httpErrorLast());
  }
}

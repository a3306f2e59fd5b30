package org.securityguidance.flow;

import java.util.Optional;
import org.securityguidance.config.Settings;
import org.securityguidance.git.Baseline;
import org.securityguidance.git.BaselineSnapshot;
import org.securityguidance.git.Git;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;

/** Builds the production review engine from the environment (credentials, transport, scope, reviewer). */
public final class ReviewEngines {
  private ReviewEngines() {}

  /** The engine, or empty when no credentials (or no provider) are configured: Stop's skip 3. */
  public static Optional<ReviewEngine> fromEnv(Env env, Settings settings, DebugLog log) {
    return Optional.empty();
  }

  /** Stop's review side: the engine (built lazily), baseline re-capture through git, the usage log. */
  public static StopFlow.Review forStop(Env env, Settings settings, DebugLog log) {
    return new StopFlow.Review(() -> fromEnv(env, settings, log), cwd -> {
      BaselineSnapshot s = new Baseline(Git.local(env)).capture(cwd);
      return new TurnSnapshot(s.baselineSha(), s.headSha(), s.untracked());
    }, UsageLog.in(settings.stateDir()));
  }
}

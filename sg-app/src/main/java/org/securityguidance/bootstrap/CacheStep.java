package org.securityguidance.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.securityguidance.telemetry.boot.BootClassifier;
import org.securityguidance.telemetry.boot.BootFailure;
import org.securityguidance.telemetry.boot.BootOutcome;
import org.securityguidance.telemetry.boot.BootPhase;
import org.securityguidance.telemetry.boot.RuntimeFacts;

/**
 * Spec §4.5 steps 5, 4, 6, 7 in that order: the NOOP probe runs BEFORE the sentinel check (a healthy machine reports
 * NOOP even while another session holds the sentinel; fixes the original's quirk 5), then the sentinel (fresh → 5,
 * stale → deleted), the 24 h cooldown (→ 9), then a build under a sentinel we own. A memory-class failure starts the
 * cooldown; our own timeout does not.
 */
final class CacheStep {
  private final BootContext ctx;
  private final RuntimeFacts facts;
  private final JvmCacheMode mode;
  private final BootDeadline deadline;

  CacheStep(BootContext ctx, RuntimeFacts facts, JvmCacheMode mode, BootDeadline deadline) {
    this.ctx = ctx;
    this.facts = facts;
    this.mode = mode;
    this.deadline = deadline;
  }

  BootRun run(JvmTarget target) {
    if (mode == JvmCacheMode.NONE) {
      return BootRun.of(BootOutcome.NOOP_READY, facts, null, "no archive mode");
    }
    Path cacheDir = ctx.stateDir().resolve(BootStateFiles.CACHE_DIR);
    Optional<String> registered = CacheProbe.registeredArchive(cacheDir, target);
    if (registered.isPresent()) {
      return BootRun.of(BootOutcome.NOOP_CACHED, facts, registered.get(), "archive registered");
    }
    Instant now = ctx.clock().instant();
    Path sentinelFile = ctx.stateDir().resolve(BootStateFiles.SENTINEL);
    Optional<BuildSentinel> sentinel;
    try {
      if (BuildSentinel.isFresh(sentinelFile, now)) {
        return BootRun.of(BootOutcome.SKIP_SENTINEL, facts, null, "another build holds the sentinel");
      }
      BuildSentinel.deleteIfStale(sentinelFile, now);
      if (Cooldown.active(ctx.stateDir().resolve(BootStateFiles.COOLDOWN), now)) {
        return BootRun.of(BootOutcome.SKIP_COOLDOWN, facts, null, "cooling down after a memory-class failure");
      }
      sentinel = BuildSentinel.acquire(sentinelFile, now);
    } catch (IOException | RuntimeException e) {
      return failed(BootClassifier.classifyException(BootPhase.PRE, e), "sentinel");
    }
    if (sentinel.isEmpty()) {
      return BootRun.of(BootOutcome.SKIP_SENTINEL, facts, null, "lost the sentinel race");
    }
    try {
      return build(target, cacheDir);
    } finally {
      sentinel.get().close();
    }
  }

  private BootRun build(JvmTarget target, Path cacheDir) {
    List<String> flags = ctx.jvmFlags().get();
    JvmCacheBuilder.Result r = new JvmCacheBuilder(ctx.runner(), flags, ctx.settings().home())
        .build(target, cacheDir, ctx.pv(), deadline);
    if (r.ok()) {
      return BootRun.of(BootOutcome.BUILT_CACHE, facts, r.archive().getFileName().toString(), "archive built");
    }
    if (r.failure().startsCooldown()) {
      Cooldown.start(ctx.stateDir().resolve(BootStateFiles.COOLDOWN), ctx.clock().instant());
    }
    return failed(r.failure(), r.detail());
  }

  private BootRun failed(BootFailure failure, String detail) {
    return BootRun.failed(failure, facts, null, null, ctx.runtime().version().update(), detail);
  }
}

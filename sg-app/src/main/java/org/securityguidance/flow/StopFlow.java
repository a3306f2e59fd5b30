package org.securityguidance.flow;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.remind.PatternMatcher;
import org.securityguidance.remind.PatternSweep;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.usage.ReviewUsage;
import org.securityguidance.usage.UsageLog;

/**
 * Stop (spec §3.2): recursion guard, one locked snapshot-and-clear of the turn's inputs, the pattern-warning tally,
 * the gates in the original's order, then the turn review ({@link TurnReview}).
 *
 * <p>Design note: the guard is checked before touching state, because a recursive fire must not consume the paths of
 * the real one. Every gate that ends the hook prints one metrics line and exits 0; only verified findings exit 2.
 * An unexpected failure after the state was consumed puts the turn back, so the edits are reviewed next time.
 */
public final class StopFlow {
  /** asyncRewake's "wake the agent" exit code (spec §8.3). */
  static final int REWAKE = 2;

  private final Settings settings;
  private final DebugLog log;
  private final SessionStore store;
  private final PatternMatcher matcher;
  private final Clock clock;
  private final Review review;

  /**
   * The review side of Stop.
   *
   * @param engine the review engine, empty without credentials (asked only once the earlier gates passed)
   * @param baselines re-captures the baseline after a findings fire
   * @param usage the local usage log, or null for none
   */
  public record Review(Supplier<Optional<ReviewEngine>> engine, TurnSnapshot.Source baselines, UsageLog usage) {
    /** No review layer: Stop ends with skip 3 after the sweep. */
    public static Review none() {
      return new Review(Optional::empty, cwd -> new TurnSnapshot(null, null, Map.of()), null);
    }
  }

  public StopFlow(Settings settings, DebugLog log, SessionStore store, PatternMatcher matcher, Clock clock,
      Review review) {
    this.settings = settings;
    this.log = log;
    this.store = store;
    this.matcher = matcher;
    this.clock = clock;
    this.review = review;
  }

  /**
   * One fire's inputs after the consume step.
   *
   * @param input the hook event
   * @param snapshot what was taken out of the state
   * @param tally the pattern-warning tally
   */
  record Turn(HookInput input, StopState.Snapshot snapshot, PatternSweep.Tally tally) {
    long fireIndex() {
      return snapshot.fireCount() + 1;
    }
  }

  public int run(HookInput in, HookOutput out) {
    if (in.stopHookActive()) {
      log.log("stop: stop_hook_active, recursion guard");
      out.emit(out.metrics().skip(SkipReason.STOP_RECURSION).put("diff_strategy_v2", true));
      return 0;
    }
    double now = clock.millis() / 1000.0;
    long ttl = settings.previousFindingsTtlSeconds();
    StopState.Snapshot snap = store.update(doc -> StopState.consume(doc, now, ttl)).orElse(StopState.Snapshot.NONE);
    PatternSweep.Tally tally = PatternSweep.sweep(snap.pendingWarnings(), matcher);
    Turn turn = new Turn(in, snap, tally);
    log.log("stop: " + snap.touchedPaths().size() + " touched path(s), sweep fixed=" + tally.fixed()
        + " unresolved=" + tally.unresolved() + ", " + snap.prior().size() + " earlier finding(s)");
    try {
      return gateThenReview(turn, out);
    } catch (RuntimeException e) {
      log.log("stop: review failed internally (" + e.getClass().getName() + "), turn restored");
      restore(store, turn, List.of());
      if (!out.written()) {
        out.emit(StopLine.sweep(StopLine.skip(out, ReviewUsage.NONE, SkipReason.INTERNAL_ERROR, turn.fireIndex(),
            Map.of()), tally));
      }
      return 0;
    }
  }

  private int gateThenReview(Turn turn, HookOutput out) {
    int cap = settings.maxStopHookFirings();
    if (cap > 0 && turn.snapshot().fireCount() >= cap) {
      return skip(turn, out, SkipReason.STOP_FIRE_CAP);
    }
    Optional<ReviewEngine> engine = settings.codeReview() ? review.engine().get() : Optional.empty();
    if (engine.isEmpty()) {
      return skip(turn, out, SkipReason.STOP_REVIEW_UNAVAILABLE);
    }
    if (!settings.stopReview()) {
      return skip(turn, out, SkipReason.STOP_REVIEW_DISABLED);
    }
    if (!engine.get().reachable()) {
      restore(store, turn, List.of());
      return skip(turn, out, SkipReason.STOP_API_UNREACHABLE);
    }
    Optional<Path> cwd = cwd(turn.input().cwd());
    if (cwd.isEmpty()) {
      return skip(turn, out, SkipReason.STOP_NO_CWD);
    }
    return new TurnReview(settings, log, store, clock, engine.get(), review).run(turn, cwd.get(), out);
  }

  private int skip(Turn turn, HookOutput out, SkipReason reason) {
    log.log("stop: skip " + reason.code() + " (" + reason + ")");
    out.emit(StopLine.sweep(StopLine.skip(out, ReviewUsage.NONE, reason, turn.fireIndex(), Map.of()), turn.tally()));
    return 0;
  }

  /** Puts the consumed paths (and {@code extraPaths}) back so the next prompt keeps this turn's baseline. */
  static void restore(SessionStore store, Turn turn, List<String> extraPaths) {
    List<String> paths = new ArrayList<>(turn.snapshot().touchedPaths());
    extraPaths.stream().filter(p -> !paths.contains(p)).forEach(paths::add);
    store.update(doc -> StopState.restore(doc, paths, turn.snapshot().baseline()));
  }

  private static Optional<Path> cwd(String raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(raw));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}

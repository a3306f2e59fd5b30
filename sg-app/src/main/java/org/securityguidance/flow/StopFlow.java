package org.securityguidance.flow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.config.Settings;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.remind.PatternMatcher;
import org.securityguidance.remind.PatternSweep;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;

/**
 * Stop (spec §2.6) without the LLM review layer: recursion guard, one locked snapshot-and-clear of the turn's inputs,
 * the pattern-warning tally, then the skip that applies. Always exits 0; exit 2 belongs to a review with verified
 * findings, which this build cannot produce.
 *
 * <p>The guard is checked before touching state: a recursive fire must not consume the paths of the real one.
 */
public final class StopFlow {
  /** A previous fire older than this no longer counts toward the cap (spec §3.5). */
  static final long FIRE_WINDOW_SECONDS = 120;

  private final Settings settings;
  private final DebugLog log;
  private final SessionStore store;
  private final PatternMatcher matcher;
  private final Clock clock;

  public StopFlow(Settings settings, DebugLog log, SessionStore store, PatternMatcher matcher, Clock clock) {
    this.settings = settings;
    this.log = log;
    this.store = store;
    this.matcher = matcher;
    this.clock = clock;
  }

  /** What Stop took out of the session state. */
  record Snapshot(List<String> touchedPaths, List<String> pendingWarnings, long fireCount) {
    static final Snapshot NONE = new Snapshot(List.of(), List.of(), 0);
  }

  public int run(HookInput in, HookOutput out) {
    if (in.stopHookActive()) {
      log.log("stop: stop_hook_active, recursion guard");
      out.emit(out.metrics().skip(SkipReason.STOP_RECURSION).put("diff_strategy_v2", true));
      return 0;
    }
    double now = clock.millis() / 1000.0;
    Snapshot snap = store.update(doc -> consume(doc, now)).orElse(Snapshot.NONE);
    PatternSweep.Tally tally = PatternSweep.sweep(snap.pendingWarnings(), matcher);
    SkipReason reason = skipReason(snap.fireCount());
    MetricLine line = out.metrics().skip(reason).put("fire_index", snap.fireCount() + 1)
        .put("diff_strategy_v2", true);
    addSweep(line, tally);
    log.log("stop: " + snap.touchedPaths().size() + " touched path(s), sweep fixed=" + tally.fixed()
        + " unresolved=" + tally.unresolved() + ", skip " + reason.code());
    out.emit(line);
    return 0;
  }

  private SkipReason skipReason(long fireCount) {
    int cap = settings.maxStopHookFirings();
    if (cap > 0 && fireCount >= cap) {
      return SkipReason.STOP_FIRE_CAP;
    }
    if (!settings.codeReview()) {
      return SkipReason.STOP_REVIEW_UNAVAILABLE;
    }
    if (!settings.stopReview()) {
      return SkipReason.STOP_REVIEW_DISABLED;
    }
    // This build has no LLM review layer: the same code as "no credentials".
    return SkipReason.STOP_REVIEW_UNAVAILABLE;
  }

  /** One locked step, so the next turn's edits land in the next Stop's snapshot (spec §5.4). */
  static Snapshot consume(Map<String, Object> doc, double nowSeconds) {
    List<String> touched = strings(SessionDoc.stringList(doc, SessionDoc.TOUCHED_PATHS));
    doc.put(SessionDoc.TOUCHED_PATHS, new ArrayList<>());
    List<String> pending = new ArrayList<>(SessionDoc.object(doc, SessionDoc.PENDING_WARNINGS).keySet());
    doc.put(SessionDoc.PENDING_WARNINGS, new java.util.LinkedHashMap<String, Object>());
    long count = (long) SessionDoc.number(doc, SessionDoc.FIRE_COUNT, 0);
    double stamp = SessionDoc.number(doc, SessionDoc.FIRE_COUNT_TS, 0);
    if (nowSeconds - stamp > FIRE_WINDOW_SECONDS) {
      count = 0;
    }
    return new Snapshot(touched, pending, Math.max(0, count));
  }

  private static List<String> strings(List<Object> values) {
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add((String) v));
    return out;
  }

  private static void addSweep(MetricLine line, PatternSweep.Tally tally) {
    if (tally.fixed() > 0) {
      line.put("warn_fixed", tally.fixed());
    }
    if (tally.unresolved() > 0) {
      line.put("warn_unresolved", tally.unresolved());
    }
    if (tally.unresolvedMask() != 0) {
      line.put("warn_unresolved_mask", tally.unresolvedMask());
    }
  }
}

package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.config.Settings;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.hook.HookEvent;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.usage.ReviewLayer;
import org.securityguidance.usage.ReviewOutcome;
import org.securityguidance.usage.ReviewUsage;
import org.securityguidance.usage.UsageEntry;

/**
 * The review half of Stop (spec §3.3–3.8): scope the turn's changes, review them once, then deliver verified findings
 * (exit 2), report a clean review, or — when the review is unavailable — restore the turn and stay silent to the
 * agent (V-OUTCOME: never "clean", never a rewake).
 */
final class TurnReview {
  private final Settings settings;
  private final DebugLog log;
  private final SessionStore store;
  private final Clock clock;
  private final ReviewEngine engine;
  private final StopFlow.Review review;

  TurnReview(Settings settings, DebugLog log, SessionStore store, Clock clock, ReviewEngine engine,
      StopFlow.Review review) {
    this.settings = settings;
    this.log = log;
    this.store = store;
    this.clock = clock;
    this.engine = engine;
    this.review = review;
  }

  /** What was reviewed and how long it took. */
  private record Reviewed(ReviewScope.Result scope, ReviewResult result, long reviewMs) {}

  int run(StopFlow.Turn turn, Path cwd, HookOutput out) {
    ReviewScope.Result scope = engine.scope(cwd, turn.snapshot().baseline());
    SkipReason skip = ScopeMetrics.skip(scope);
    if (skip != null) {
      return scopeSkip(turn, scope, skip, out);
    }
    long start = clock.millis();
    ReviewResult result = engine.review(new ReviewJob(scope.repoRoot(), scope.files(), turn.snapshot().prior()));
    Reviewed done = new Reviewed(scope, result, clock.millis() - start);
    if (result instanceof ReviewResult.Unavailable failed) {
      return unavailable(turn, done, failed, out);
    }
    List<Finding> found = ((ReviewResult.Completed) result).findings();
    record(done, found.isEmpty() ? ReviewOutcome.CLEAN : ReviewOutcome.FINDINGS, found.size(), 0);
    return found.isEmpty() ? clean(turn, done, out) : findings(turn, done, found, out);
  }

  private int scopeSkip(StopFlow.Turn turn, ReviewScope.Result scope, SkipReason skip, HookOutput out) {
    log.log("stop: skip " + skip.code() + " (" + skip + "), nothing to review");
    MetricLine line = StopLine.skip(out, ReviewUsage.NONE, skip, turn.fireIndex(), scope.metrics());
    if (skip == SkipReason.STOP_EMPTY_REVIEW_SET) {
      line.put("touched_paths_count", turn.snapshot().touchedPaths().size());
    }
    out.emit(StopLine.sweep(line, turn.tally()));
    return 0;
  }

  private int unavailable(StopFlow.Turn turn, Reviewed done, ReviewResult.Unavailable failed, HookOutput out) {
    int status = failed.error().httpStatus();
    log.log("stop: review unavailable (" + failed.error().reason() + ", status " + status + ") after "
        + done.reviewMs() + " ms; turn restored for the next review");
    List<String> reviewed = new ArrayList<>();
    done.scope().files().forEach(f -> reviewed.add(absolute(done.scope(), f)));
    StopFlow.restore(store, turn, reviewed);
    record(done, ReviewOutcome.UNAVAILABLE, 0, failed.error().reason().code());
    MetricLine line = StopLine.start(out, done.result().usage()).put("review_failed", true);
    if (status != 0 && status != 200) {
      line.put("api_error", status);
    }
    line.put("unavailable_reason", failed.error().reason().code()).put("vulns_found", 0);
    out.emit(StopLine.sweep(common(turn, done, line), turn.tally()));
    return 0;
  }

  private int clean(StopFlow.Turn turn, Reviewed done, HookOutput out) {
    log.log("stop: review clean, " + done.scope().files().size() + " file(s) in " + done.reviewMs() + " ms");
    MetricLine line = StopLine.start(out, done.result().usage()).put("vulns_found", 0);
    out.emit(StopLine.sweep(common(turn, done, line), turn.tally()));
    return 0;
  }

  private int findings(StopFlow.Turn turn, Reviewed done, List<Finding> found, HookOutput out) {
    double now = clock.millis() / 1000.0;
    long ttl = settings.previousFindingsTtlSeconds();
    LateDedup.Result dedup = store.read()
        .map(doc -> LateDedup.apply(found, turn.snapshot().prior(), StopState.livePrior(doc, now, ttl)))
        .orElse(new LateDedup.Result(found, 0));
    if (dedup.kept().isEmpty()) {
      log.log("stop: all " + found.size() + " finding(s) were delivered by a concurrent review; skip 35");
      Map<String, Long> extras = new LinkedHashMap<>(done.scope().metrics());
      extras.put("deduped", (long) dedup.dropped());
      extras.put("review_ms", done.reviewMs());
      out.emit(StopLine.sweep(StopLine.skip(out, done.result().usage(), SkipReason.NOTHING_NEW, turn.fireIndex(),
          extras), turn.tally()));
      return 0;
    }
    List<Finding> kept = dedup.kept();
    TurnSnapshot next = review.baselines().capture(done.scope().repoRoot());
    store.update(doc -> StopState.recordFindings(doc, (long) now, turn.snapshot().fireCount(), kept, next, ttl));
    log.log("stop: delivering " + kept.size() + " finding(s) " + categories(kept) + ", fire "
        + turn.fireIndex() + ", baseline " + (next != null && next.baselineSha() != null ? "advanced" : "kept"));
    MetricLine line = StopLine.start(out, done.result().usage()).put("vulns_found", kept.size())
        .put("critical_count", count(kept, Severity.CRITICAL)).put("high_count", count(kept, Severity.HIGH));
    if (dedup.dropped() > 0) {
      line.put("deduped", dedup.dropped());
    }
    common(turn, done, line);
    out.emit(HookEvent.STOP, StopLine.sweep(line, turn.tally()), engine.summary(kept), engine.guidance(kept));
    return StopFlow.REWAKE;
  }

  /** The keys every reviewed path reports, after its own leading keys. */
  private MetricLine common(StopFlow.Turn turn, Reviewed done, MetricLine line) {
    line.put("files_reviewed", done.scope().files().size())
        .put("touched_paths_count", turn.snapshot().touchedPaths().size())
        .put("review_ms", done.reviewMs())
        .put("fire_index", turn.fireIndex());
    StopLine.putAll(line, ScopeMetrics.first(done.scope()));
    StopLine.putAll(line, done.result().metrics());
    StopLine.putAll(line, ScopeMetrics.rest(done.scope()));
    return line.put("diff_strategy_v2", true);
  }

  private void record(Reviewed done, ReviewOutcome outcome, int findings, int errorCode) {
    if (review.usage() == null) {
      return;
    }
    UsageEntry entry = new UsageEntry(clock.millis() / 1000, ReviewLayer.STOP_REVIEW, outcome, done.result().usage(),
        findings, done.scope().files().size(), ScopeMetrics.truncatedChars(done.scope()), done.reviewMs(), errorCode);
    if (!review.usage().append(entry)) {
      log.log("stop: usage log not writable: " + review.usage().file());
    }
  }

  private static String absolute(ReviewScope.Result scope, FileDiff f) {
    return scope.repoRoot() == null ? f.path() : scope.repoRoot().resolve(f.path()).toString();
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static List<String> categories(List<Finding> findings) {
    return findings.stream().map(Finding::category).distinct().toList();
  }
}

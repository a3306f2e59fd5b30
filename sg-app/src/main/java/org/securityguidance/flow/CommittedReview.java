package org.securityguidance.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.securityguidance.config.Settings;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.format.Guidance;
import org.securityguidance.review.format.RewakeSummary;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.telemetry.MetricLine;
import org.securityguidance.telemetry.SkipReason;
import org.securityguidance.usage.ReviewOutcome;
import org.securityguidance.usage.UsageEntry;
import org.securityguidance.usage.UsageLog;

/**
 * The review half shared by the commit review and the push sweep (spec §6.3–6.5, §7 steps 7–9): take a rate-limit
 * slot, review once, record the commits as reviewed only when there is a verdict, drop findings a concurrent review
 * already delivered, keep the push's top findings, and wake the agent with readable guidance on stderr (V-DELIVER).
 *
 * <p>Design note: an unavailable review is neither clean nor findings (spec §13.4): the commits stay unreviewed (the
 * next push review covers them), nothing wakes the agent, the reason goes to the log and the metrics.
 */
final class CommittedReview {
  /** asyncRewake's "wake the agent" exit code (spec §8.3). */
  static final int REWAKE = 2;

  /**
   * One review to run.
   *
   * @param root the repository top level
   * @param scope the files to review (outcome OK, non-empty)
   * @param toMark full ids to record as reviewed once there is a verdict
   * @param reviewed the repository's reviewed-commit record
   * @param reportCap most findings delivered (push: {@code SG_PUSH_SWEEP_REPORT_CAP}); 0 = all
   */
  record Job(Path root, ReviewScope.Result scope, List<String> toMark, ReviewedCommits reviewed, int reportCap) {}

  private final Settings settings;
  private final DebugLog log;
  private final SessionStore store;
  private final UsageLog usage;
  private final Clock clock;
  private final long pv;

  CommittedReview(Settings settings, DebugLog log, SessionStore store, UsageLog usage, Clock clock, long pv) {
    this.settings = settings;
    this.log = log;
    this.store = store;
    this.usage = usage;
    this.clock = clock;
    this.pv = pv;
  }

  int run(Job job, CommitReviewer reviewer, BashLine line, HookOutput out) {
    String noun = line.surface().noun();
    double now = clock.millis() / 1000.0;
    RateLimiter.Decision slot = RateLimiter.acquire(store, line.surface().bucket, now,
        settings.maxCommitReviewsPerWindow(), settings.rateWindowSeconds());
    line.note("rate_count", slot.count());
    if (!slot.allowed()) {
      log.log("bash: " + noun + " rate limited (" + slot.count() + " in the window); skip 23");
      out.emit(line.skip(SkipReason.RATE_LIMITED));
      return 0;
    }
    long ttl = settings.previousFindingsTtlSeconds();
    List<PriorFinding> prior = store.read().map(doc -> StopState.livePrior(doc, now, ttl)).orElse(List.of());
    long start = clock.millis();
    ReviewResult result = reviewer.review(new ReviewJob(job.root(), job.scope().files(), prior));
    long ms = clock.millis() - start;
    if (result instanceof ReviewResult.Unavailable failed) {
      return unavailable(job, failed, ms, line, out);
    }
    List<Finding> found = ((ReviewResult.Completed) result).findings();
    if (!job.reviewed().record(job.toMark(), clock.millis() / 1000, pv, found.size())) {
      log.log("bash: reviewed-commit record not writable: " + job.reviewed().file());
    }
    record(line, job, result, found.isEmpty() ? ReviewOutcome.CLEAN : ReviewOutcome.FINDINGS, found.size(), ms, 0);
    log.log("bash: " + noun + " of " + job.toMark().size() + " commit(s), " + job.scope().files().size()
        + " file(s): " + found.size() + " finding(s) in " + ms + " ms");
    return found.isEmpty() ? clean(job, result, ms, line, out) : deliver(job, result, found, prior, ms, line, out);
  }

  private int unavailable(Job job, ReviewResult.Unavailable failed, long ms, BashLine line, HookOutput out) {
    // V-OUTCOME: -2 says "the review did not finish in time" (the race's overall deadline), not a network error.
    int status = failed.error().reason() == ReviewUnavailable.Reason.DEADLINE ? -2 : failed.error().httpStatus();
    log.log("bash: " + line.surface().noun() + " unavailable (" + failed.error().reason() + ", status " + status
        + ") after " + ms + " ms; commits left unreviewed, agent not woken");
    record(line, job, failed, ReviewOutcome.UNAVAILABLE, 0, ms, failed.error().reason().code());
    MetricLine m = line.start(failed.usage()).put("review_failed", true);
    if (status != 0 && status != 200) {
      m.put("api_error", status);
    }
    m.put("unavailable_reason", failed.error().reason().code()).put("vulns_found", 0)
        .put("files_reviewed", job.scope().files().size()).put("review_ms", ms);
    out.emit(line.finish(m, job.scope(), failed));
    return 0;
  }

  private int clean(Job job, ReviewResult result, long ms, BashLine line, HookOutput out) {
    MetricLine m = line.start(result.usage()).put("vulns_found", 0)
        .put("files_reviewed", job.scope().files().size()).put("review_ms", ms);
    out.emit(line.finish(m, job.scope(), result));
    return 0;
  }

  private int deliver(Job job, ReviewResult result, List<Finding> found, List<PriorFinding> prior, long ms,
      BashLine line, HookOutput out) {
    double now = clock.millis() / 1000.0;
    long ttl = settings.previousFindingsTtlSeconds();
    LateDedup.Result dedup = store.read()
        .map(doc -> LateDedup.apply(found, prior, StopState.livePrior(doc, now, ttl)))
        .orElse(new LateDedup.Result(found, 0));
    List<Finding> kept = dedup.kept();
    MetricLine m = line.start(result.usage()).put("vulns_found", kept.size());
    if (kept.isEmpty()) {
      log.log("bash: all " + found.size() + " finding(s) were delivered by a concurrent review");
      m.put("deduped", dedup.dropped()).put("files_reviewed", job.scope().files().size()).put("review_ms", ms);
      out.emit(line.finish(m, job.scope(), result));
      return 0;
    }
    List<Finding> reported = topFindings(kept, job.reportCap());
    store.update(doc -> CommitState.recordDelivered(doc, (long) now, reported, ttl));
    m.put("critical_count", count(kept, Severity.CRITICAL)).put("high_count", count(kept, Severity.HIGH))
        .put("files_reviewed", job.scope().files().size()).put("review_ms", ms);
    if (dedup.dropped() > 0) {
      m.put("deduped", dedup.dropped());
    }
    log.log("bash: delivering " + reported.size() + " of " + kept.size() + " finding(s) "
        + reported.stream().map(Finding::category).distinct().toList());
    out.emitRewake(line.finish(m, job.scope(), result),
        RewakeSummary.render(line.surface().summaryPrefix, reported), Guidance.render(reported));
    return REWAKE;
  }

  /** The {@code cap} most severe findings (then by category), all of them when {@code cap} is 0 (spec §7 step 9). */
  static List<Finding> topFindings(List<Finding> findings, int cap) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity)
        .thenComparing(f -> f.category() == null ? "" : f.category()));
    return cap > 0 && sorted.size() > cap ? List.copyOf(sorted.subList(0, cap)) : sorted;
  }

  private void record(BashLine line, Job job, ReviewResult result, ReviewOutcome outcome, int findings, long ms,
      int error) {
    if (usage == null) {
      return;
    }
    UsageEntry entry = new UsageEntry(clock.millis() / 1000, line.surface().layer, outcome, result.usage(), findings,
        job.scope().files().size(), ScopeMetrics.truncatedChars(job.scope()), ms, error);
    if (!usage.append(entry)) {
      log.log("bash: usage log not writable: " + usage.file());
    }
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}

package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.format.Guidance;
import org.securityguidance.review.format.RewakeSummary;
import org.securityguidance.review.prompt.OrgPolicy;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.single.SingleShotReviewer;
import org.securityguidance.review.verify.VerifyCounts;
import org.securityguidance.usage.ReviewUsage;

/**
 * The production {@link ReviewEngine}: {@code review.scope} picks the files, the single-shot reviewer asks the model
 * and verifies every finding against the reviewed code, {@code review.format} words the result. Org policy files are
 * read per review from the user's home and the repository.
 */
public final class SingleShotEngine implements ReviewEngine {
  /**
   * One review's reviewer and the usage of everything its transport did: created per review, because the transport's
   * deadline starts when its client is built.
   *
   * @param reviewer the single-shot reviewer over a fresh client
   * @param usage reads the tokens, calls, cost and HTTP errors recorded so far
   */
  public record Session(SingleShotReviewer reviewer, Supplier<ReviewUsage> usage) {}

  private final Supplier<Session> sessions;
  private final ReviewScope scope;
  private final ScopeLimits limits;
  private final Path home;
  private final BooleanSupplier reachable;
  private final Consumer<String> log;

  public SingleShotEngine(Supplier<Session> sessions, ReviewScope scope, ScopeLimits limits, Path home,
      BooleanSupplier reachable, Consumer<String> log) {
    this.sessions = sessions;
    this.scope = scope;
    this.limits = limits;
    this.home = home;
    this.reachable = reachable;
    this.log = log;
  }

  @Override
  public boolean reachable() {
    return reachable.getAsBoolean();
  }

  @Override
  public ReviewScope.Result scope(Path cwd, BaselineState baseline) {
    return scope.compute(cwd, baseline, limits);
  }

  @Override
  public ReviewResult review(ReviewJob job) {
    OrgPolicy policy = OrgPolicy.load(home, job.repoRoot(), log);
    ReviewInput input = new ReviewInput(job.files(), previous(job.prior()), policy.text(),
        new WorkTreeReader(job.repoRoot()));
    Session session = sessions.get();
    try {
      org.securityguidance.review.single.ReviewResult r = session.reviewer().review(input);
      return new ReviewResult.Completed(r.findings(), session.usage().get(), counts(r.counts()));
    } catch (ReviewUnavailable e) {
      return new ReviewResult.Unavailable(e, session.usage().get(), Map.of());
    }
  }

  @Override
  public String guidance(List<Finding> findings) {
    return Guidance.render(findings);
  }

  @Override
  public String summary(List<Finding> findings) {
    return RewakeSummary.render(RewakeSummary.STOP_PREFIX, findings);
  }

  /** The "do not re-flag" list in the reviewer's shape; severity is not stored and does not matter there. */
  private static List<Finding> previous(List<PriorFinding> prior) {
    List<Finding> out = new ArrayList<>(prior.size());
    prior.forEach(p -> out.add(new Finding(p.filePath(), p.category(), Severity.MEDIUM, p.vulnerableCode(), "", "",
        0)));
    return out;
  }

  /** Verification counters, zeros left out (the metrics line keeps only 20 keys). */
  private static Map<String, Long> counts(VerifyCounts c) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("candidates", (long) c.candidates());
    if (c.droppedUnanchored() > 0) {
      m.put("unanchored", (long) c.droppedUnanchored());
    }
    if (c.droppedLow() > 0) {
      m.put("low_dropped", (long) c.droppedLow());
    }
    if (c.deduped() > 0) {
      m.put("verify_deduped", (long) c.deduped());
    }
    return m;
  }
}

package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.scope.ReviewScope;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.usage.ReviewUsage;

/** An in-memory review engine: scripted scope and verdict, every call recorded. */
public final class FakeEngine implements ReviewEngine {
  public final List<BaselineState> scoped = new ArrayList<>();
  public final List<ReviewJob> jobs = new ArrayList<>();
  public boolean reachable = true;
  Path root;
  ReviewScope.Result scope;
  public Function<ReviewJob, ReviewResult> verdict = job -> new ReviewResult.Completed(List.of(), usage(), Map.of());

  public FakeEngine(Path root) {
    this.root = root;
    Map<String, Long> metrics = new LinkedHashMap<>();
    metrics.put("dirty_now_count", 1L);
    metrics.put("changed_since_count", 1L);
    metrics.put("review_set_count", 1L);
    this.scope = new ReviewScope.Result(ScopeOutcome.OK,
        List.of(new FileDiff("app.py", "@@ -1 +1 @@\n+x\n", false, 0)), root, metrics);
  }

  public static ReviewUsage usage() {
    return new ReviewUsage(List.of("claude-test-1"), 1200, 300, 0, 0, 1, 0.0135, 0, 0);
  }

  public static Finding finding(String path, String category, String severity) {
    return new Finding(path, category, org.securityguidance.finding.Severity.parse(severity),
        "subprocess.call('ls ' + user, shell=True)", "user input reaches a shell", "pass a list, no shell", 3);
  }

  public FakeEngine findings(Finding... found) {
    verdict = job -> new ReviewResult.Completed(List.of(found), usage(), Map.of("unanchored_dropped", 0L));
    return this;
  }

  public FakeEngine unavailable(ReviewUnavailable.Reason reason, int status) {
    verdict = job -> new ReviewResult.Unavailable(new ReviewUnavailable(reason, status, "test"),
        new ReviewUsage(List.of(), 0, 0, 0, 0, 0, 0, 1, status), Map.of());
    return this;
  }

  public FakeEngine skip(ScopeOutcome outcome) {
    scope = new ReviewScope.Result(outcome, List.of(), root, Map.of("dirty_now_count", 0L));
    return this;
  }

  @Override
  public boolean reachable() {
    return reachable;
  }

  @Override
  public ReviewScope.Result scope(Path cwd, BaselineState baseline) {
    scoped.add(baseline);
    return scope;
  }

  @Override
  public ReviewResult review(ReviewJob job) {
    jobs.add(job);
    return verdict.apply(job);
  }

  @Override
  public String guidance(List<Finding> findings) {
    StringBuilder s = new StringBuilder("GUIDANCE\n");
    findings.forEach(f -> s.append(f.severity()).append(' ').append(f.category()).append(" in ")
        .append(f.filePath()).append('\n'));
    return s.toString();
  }

  @Override
  public String summary(List<Finding> findings) {
    return "Background security review found " + findings.size();
  }
}

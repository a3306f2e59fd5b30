package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.scope.FileDiff;

/**
 * The post-processing pipeline for a model's raw findings: normalise, drop low severity, anchor to the reviewed
 * files, order by severity, de-duplicate within the review, drop re-flags of unchanged earlier findings.
 *
 * <p>Design note: anchoring runs before de-duplication so duplicates are compared on the reviewed file's own path,
 * and ordering runs before de-duplication so the most severe duplicate is the one kept.
 */
public final class Verifier {
  private Verifier() {}

  /**
   * Verifies {@code raw} (the concatenated findings of every leg, plus {@code omitted} items past the parser's cap,
   * counted as unanchored). {@code log} receives counts and reasons only.
   */
  public static Verification verify(List<RawFinding> raw, int omitted, List<FileDiff> files, List<Finding> previous,
      Function<String, Optional<String>> contentReader, Consumer<String> log) {
    Anchoring anchoring = new Anchoring(files, contentReader);
    Map<Anchoring.Failure, Integer> failures = new EnumMap<>(Anchoring.Failure.class);
    List<Finding> anchored = new ArrayList<>();
    int low = 0;
    for (RawFinding r : raw) {
      Finding f = Normalizer.normalize(r);
      if (f.severity() == Severity.LOW) {
        low++;
        continue;
      }
      Anchoring.Result result = anchoring.anchor(f);
      if (result.anchored()) {
        anchored.add(result.finding());
      } else {
        failures.merge(result.failure(), 1, Integer::sum);
      }
    }
    anchored.sort(FindingOrder.BY_SEVERITY_FILE_LINE);
    List<Finding> unique = Dedupe.sameIssue(previous, Dedupe.withinReview(anchored));
    int unanchored = omitted + failures.values().stream().mapToInt(Integer::intValue).sum();
    if (!failures.isEmpty() || omitted > 0) {
      log.accept("review verify: dropped unanchored " + failures + (omitted > 0 ? " omitted=" + omitted : ""));
    }
    VerifyCounts counts = new VerifyCounts(raw.size() + omitted, low, unanchored, anchored.size() - unique.size());
    return new Verification(unique, counts);
  }
}

package org.securityguidance.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securityguidance.finding.Finding;

/**
 * The late race de-duplication of spec §3.8: a finding is dropped only when another hook (a commit or push review)
 * reported the same file and category while this review was running. Re-flags of findings the prompt already listed
 * are kept: the model saw them and still reports them, which reads as "the fix is incomplete".
 */
final class LateDedup {
  private LateDedup() {}

  /**
   * The findings to deliver and how many were dropped.
   *
   * @param kept findings to deliver, order kept
   * @param dropped findings removed as already delivered by a concurrent review
   */
  record Result(List<Finding> kept, int dropped) {}

  static Result apply(List<Finding> found, List<PriorFinding> givenToPrompt, List<PriorFinding> storedNow) {
    Set<String> given = new HashSet<>();
    givenToPrompt.forEach(p -> given.add(p.key()));
    Set<String> raced = new HashSet<>();
    storedNow.stream().map(PriorFinding::key).filter(k -> !given.contains(k)).forEach(raced::add);
    List<Finding> kept = new ArrayList<>();
    for (Finding f : found) {
      if (!raced.contains(PriorFinding.of(f).key())) {
        kept.add(f);
      }
    }
    return new Result(kept, found.size() - kept.size());
  }
}

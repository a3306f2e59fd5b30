package org.securityguidance.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.finding.Finding;
import org.securityguidance.state.SessionDoc;

/**
 * The commit and push reviews' one write to the session's "already told" list (spec §6.5 step 6): delivered findings
 * are merged into {@code previous_findings} (one per file and category, earlier entries kept) and the TTL anchor is
 * refreshed, so the next Stop, commit or push review neither re-reports nor re-asks about them. Unlike Stop, it
 * touches no fire count and no baseline.
 */
final class CommitState {
  private CommitState() {}

  /** Runs inside one locked {@link org.securityguidance.state.SessionStore#update}. */
  static boolean recordDelivered(Map<String, Object> doc, long nowSeconds, List<Finding> delivered,
      long priorTtlSeconds) {
    Map<String, PriorFinding> byKey = new LinkedHashMap<>();
    StopState.livePrior(doc, nowSeconds, priorTtlSeconds).forEach(p -> byKey.putIfAbsent(p.key(), p));
    delivered.stream().map(PriorFinding::of).forEach(p -> byKey.putIfAbsent(p.key(), p));
    List<Object> stored = new ArrayList<>();
    byKey.values().forEach(p -> stored.add(p.toJson()));
    while (stored.size() > StopState.PRIOR_CAP) {
      stored.remove(0);
    }
    doc.put(SessionDoc.PREVIOUS_FINDINGS, stored);
    doc.put(SessionDoc.PREVIOUS_FINDINGS_TS, nowSeconds);
    return true;
  }
}

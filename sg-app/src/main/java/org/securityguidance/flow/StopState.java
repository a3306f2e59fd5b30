package org.securityguidance.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.securityguidance.finding.Finding;
import org.securityguidance.remind.TurnSnapshot;
import org.securityguidance.review.scope.BaselineState;
import org.securityguidance.state.SessionDoc;

/**
 * The Stop hook's operations on the session document, each meant to run inside one locked
 * {@link org.securityguidance.state.SessionStore#update}: consume the turn (spec §3.2), restore it after an
 * unavailable review, record delivered findings (spec §3.8), and read the live "already told" list.
 */
final class StopState {
  /** A previous fire older than this no longer counts toward the cap (spec §3.8). */
  static final long FIRE_WINDOW_SECONDS = 120;
  /** Most "already told" entries kept; the oldest go first. */
  static final int PRIOR_CAP = 100;

  private StopState() {}

  /**
   * What Stop took out of the session state.
   *
   * @param touchedPaths edited paths of the turn (cleared in the state)
   * @param pendingWarnings pattern warnings awaiting the fixed/unresolved tally (cleared)
   * @param fireCount findings fires within the window
   * @param baseline the turn-start baseline (left in the state)
   * @param prior live "already told" findings (left in the state)
   */
  record Snapshot(List<String> touchedPaths, List<String> pendingWarnings, long fireCount, BaselineState baseline,
      List<PriorFinding> prior) {
    static final Snapshot NONE = new Snapshot(List.of(), List.of(), 0, BaselineState.none(), List.of());
  }

  /** One locked step, so the next turn's edits land in the next Stop's snapshot (spec §3.2 consume_stop_state). */
  static Snapshot consume(Map<String, Object> doc, double nowSeconds, long priorTtlSeconds) {
    List<String> touched = strings(SessionDoc.stringList(doc, SessionDoc.TOUCHED_PATHS));
    doc.put(SessionDoc.TOUCHED_PATHS, new ArrayList<>());
    List<String> pending = new ArrayList<>(SessionDoc.object(doc, SessionDoc.PENDING_WARNINGS).keySet());
    doc.put(SessionDoc.PENDING_WARNINGS, new LinkedHashMap<String, Object>());
    long count = (long) SessionDoc.number(doc, SessionDoc.FIRE_COUNT, 0);
    double stamp = SessionDoc.number(doc, SessionDoc.FIRE_COUNT_TS, 0);
    if (nowSeconds - stamp > FIRE_WINDOW_SECONDS) {
      count = 0;
    }
    return new Snapshot(touched, pending, Math.max(0, count), baseline(doc), livePrior(doc, nowSeconds,
        priorTtlSeconds));
  }

  /** The findings already told within the TTL; the TTL anchor defaults to the last fire (spec §3.2). */
  static List<PriorFinding> livePrior(Map<String, Object> doc, double nowSeconds, long ttlSeconds) {
    double fired = SessionDoc.number(doc, SessionDoc.FIRE_COUNT_TS, 0);
    double stamp = SessionDoc.number(doc, SessionDoc.PREVIOUS_FINDINGS_TS, fired);
    if (stamp <= 0 || nowSeconds - stamp > ttlSeconds || !(doc.get(SessionDoc.PREVIOUS_FINDINGS) instanceof List<?>)) {
      return List.of();
    }
    List<PriorFinding> out = new ArrayList<>();
    for (Object o : (List<?>) doc.get(SessionDoc.PREVIOUS_FINDINGS)) {
      PriorFinding p = PriorFinding.fromJson(o);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * After an unavailable review: put the turn's paths back in front of whatever arrived since (so the next prompt
   * keeps the old baseline, spec §3.1 step 3) and re-set the baseline if it is gone.
   */
  static boolean restore(Map<String, Object> doc, List<String> paths, BaselineState baseline) {
    Set<Object> merged = new LinkedHashSet<>(paths);
    merged.addAll(SessionDoc.stringList(doc, SessionDoc.TOUCHED_PATHS));
    List<Object> list = new ArrayList<>(merged);
    while (list.size() > SessionDoc.TOUCHED_PATHS_CAP) {
      list.remove(0);
    }
    doc.put(SessionDoc.TOUCHED_PATHS, list);
    if (SessionDoc.string(doc, SessionDoc.BASELINE_SHA) == null && baseline.baselineSha() != null) {
      doc.put(SessionDoc.BASELINE_SHA, baseline.baselineSha());
      if (baseline.headAtCapture() != null) {
        doc.put(SessionDoc.HEAD_AT_CAPTURE, baseline.headAtCapture());
      }
    }
    return true;
  }

  /**
   * After delivering findings: count the fire, merge the findings into the "already told" list (one per file and
   * category, newest kept) and move the baseline forward so the next fire sees only newer changes (spec §3.8).
   */
  static boolean recordFindings(Map<String, Object> doc, long nowSeconds, long fireCount, List<Finding> delivered,
      TurnSnapshot newBaseline, long priorTtlSeconds) {
    doc.put(SessionDoc.FIRE_COUNT, fireCount + 1);
    doc.put(SessionDoc.FIRE_COUNT_TS, nowSeconds);
    Map<String, PriorFinding> byKey = new LinkedHashMap<>();
    livePrior(doc, nowSeconds, priorTtlSeconds).forEach(p -> byKey.putIfAbsent(p.key(), p));
    delivered.stream().map(PriorFinding::of).forEach(p -> byKey.putIfAbsent(p.key(), p));
    List<Object> stored = new ArrayList<>();
    byKey.values().forEach(p -> stored.add(p.toJson()));
    while (stored.size() > PRIOR_CAP) {
      stored.remove(0);
    }
    doc.put(SessionDoc.PREVIOUS_FINDINGS, stored);
    doc.put(SessionDoc.PREVIOUS_FINDINGS_TS, nowSeconds);
    if (newBaseline != null && newBaseline.baselineSha() != null) {
      doc.put(SessionDoc.BASELINE_SHA, newBaseline.baselineSha());
      if (newBaseline.headSha() != null) {
        doc.put(SessionDoc.HEAD_AT_CAPTURE, newBaseline.headSha());
      }
      doc.put(SessionDoc.UNTRACKED_AT_BASELINE, new LinkedHashMap<String, Object>(
          new TreeMap<>(newBaseline.untracked())));
    }
    return true;
  }

  private static BaselineState baseline(Map<String, Object> doc) {
    Map<String, Long> untracked = new LinkedHashMap<>();
    if (doc.get(SessionDoc.UNTRACKED_AT_BASELINE) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if (k instanceof String path && v instanceof Number n) {
          untracked.put(path, n.longValue());
        }
      });
    }
    return new BaselineState(SessionDoc.string(doc, SessionDoc.BASELINE_SHA),
        SessionDoc.string(doc, SessionDoc.HEAD_AT_CAPTURE), untracked);
  }

  private static List<String> strings(List<Object> values) {
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add((String) v));
    return out;
  }
}

package org.securityguidance.remind;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securityguidance.hook.HookInput;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionDoc;
import org.securityguidance.state.SessionStore;

/**
 * UserPromptSubmit (spec §2.3): records the turn's git baseline so the Stop review sees only this turn's changes.
 * Prints nothing. If the previous turn's edits were never consumed by a Stop (interrupt, aborted turn) the old
 * baseline is kept, because re-baselining would hide those edits. It never resets touched paths or findings: an older
 * version did and raced with the background Stop hook, losing reviews.
 */
public final class PromptSubmitHook {
  /** What happened to the stored baseline. */
  public enum Outcome {
    NO_CWD,
    PRESERVED,
    CAPTURED,
    NO_BASELINE,
    STATE_UNAVAILABLE
  }

  private final DebugLog log;
  private final SessionStore store;
  private final TurnSnapshot.Source snapshots;

  public PromptSubmitHook(DebugLog log, SessionStore store, TurnSnapshot.Source snapshots) {
    this.log = log;
    this.store = store;
    this.snapshots = snapshots;
  }

  public Outcome run(HookInput in) {
    if (in.cwd().isEmpty()) {
      log.log("prompt: no cwd, no baseline");
      return Outcome.NO_CWD;
    }
    TurnSnapshot snap;
    try {
      snap = snapshots.capture(Path.of(in.cwd()));
    } catch (InvalidPathException e) {
      snap = new TurnSnapshot(null, null, Map.of());
    }
    TurnSnapshot captured = snap;
    Outcome outcome = store.update(doc -> record(doc, captured)).orElse(Outcome.STATE_UNAVAILABLE);
    switch (outcome) {
      case PRESERVED -> log.log("prompt: unconsumed edits from an earlier turn, baseline preserved");
      case CAPTURED -> log.log("prompt: captured git baseline " + abbreviate(snap.baselineSha()));
      case NO_BASELINE -> log.log("prompt: no git baseline (cwd=" + in.cwd() + "): not a repository, no commits, "
          + "or git failed");
      default -> log.log("prompt: state unavailable, baseline not stored");
    }
    return outcome;
  }

  private static Outcome record(Map<String, Object> doc, TurnSnapshot snap) {
    boolean unconsumed = doc.get(SessionDoc.TOUCHED_PATHS) instanceof List<?> touched && !touched.isEmpty();
    if (unconsumed && SessionDoc.string(doc, SessionDoc.BASELINE_SHA) != null) {
      return Outcome.PRESERVED;
    }
    if (snap.baselineSha() != null) {
      doc.put(SessionDoc.BASELINE_SHA, snap.baselineSha());
      if (snap.headSha() != null) {
        doc.put(SessionDoc.HEAD_AT_CAPTURE, snap.headSha());
      } else {
        doc.remove(SessionDoc.HEAD_AT_CAPTURE);
      }
    }
    // Sorted so the state file does not churn with git's listing order.
    doc.put(SessionDoc.UNTRACKED_AT_BASELINE, new LinkedHashMap<String, Object>(new TreeMap<>(snap.untracked())));
    return snap.baselineSha() != null ? Outcome.CAPTURED : Outcome.NO_BASELINE;
  }

  private static String abbreviate(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}

package org.securityguidance.review.scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.securityguidance.git.BaselineSnapshot;

/**
 * The turn-start picture the end-of-turn review compares against (spec §3.1), as read back from session state.
 *
 * @param baselineSha {@code git stash create} SHA (or HEAD) at turn start; {@code null} when none was captured
 * @param headAtCapture HEAD at the same moment; {@code null} when unknown
 * @param untrackedAtBaseline repo-relative untracked path → mtime in nanoseconds at turn start
 */
public record BaselineState(String baselineSha, String headAtCapture, Map<String, Long> untrackedAtBaseline) {
  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  /** Anything that is not a full object id is dropped: these values come from a state file and end up in argv. */
  public BaselineState {
    baselineSha = objectIdOrNull(baselineSha);
    headAtCapture = objectIdOrNull(headAtCapture);
    untrackedAtBaseline = untrackedAtBaseline == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(untrackedAtBaseline));
  }

  /** No baseline was ever captured (print mode, or the prompt hook never ran): review dirty files against HEAD. */
  public static BaselineState none() {
    return new BaselineState(null, null, Map.of());
  }

  /** The state a fresh capture would store. */
  public static BaselineState of(BaselineSnapshot snapshot) {
    return new BaselineState(snapshot.baselineSha(), snapshot.headSha(), snapshot.untracked());
  }

  /** True when a baseline SHA exists. */
  public boolean hasBaseline() {
    return baselineSha != null;
  }

  private static String objectIdOrNull(String s) {
    return s != null && OBJECT_ID.matcher(s).matches() ? s : null;
  }
}

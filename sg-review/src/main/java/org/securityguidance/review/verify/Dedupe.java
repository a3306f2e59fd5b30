package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securityguidance.finding.Finding;

/**
 * Duplicate removal. Within one review (and across the two SG_DUAL_OR legs, spec llm-review §4.8) the same quoted
 * code in the same file is one finding: the caller sorts by severity first, so the most severe wording wins. Against
 * findings already reported this session, two keys exist: {@link #sameIssue} (file, category and the same quoted
 * code — a re-flag of unchanged code is noise, while a re-flag of changed code is an incomplete fix the spec lets
 * through, §3.8) and {@link #sameKey} (file and category only, the cross-surface race check of §3.8).
 */
public final class Dedupe {
  private Dedupe() {}

  /** First occurrence of each (file, normalised quoted code) kept, order preserved. */
  public static List<Finding> withinReview(List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (seen.add(f.filePath() + "\u0000" + SourceText.norm(f.vulnerableCode()))) {
        out.add(f);
      }
    }
    return out;
  }

  /** {@code findings} minus those whose file, category and normalised quote match an earlier finding. */
  public static List<Finding> sameIssue(List<Finding> previous, List<Finding> findings) {
    Set<String> known = new HashSet<>();
    for (Finding p : previous) {
      known.add(issueKey(p));
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!known.contains(issueKey(f))) {
        out.add(f);
      }
    }
    return out;
  }

  /** {@code findings} minus those whose (file, category) {@link Finding#dedupeKey()} is in {@code known}. */
  public static List<Finding> sameKey(List<Finding> known, List<Finding> findings) {
    Set<String> keys = new HashSet<>();
    for (Finding k : known) {
      keys.add(canonicalKey(k));
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!keys.contains(canonicalKey(f))) {
        out.add(f);
      }
    }
    return out;
  }

  // Earlier findings may come from state written before categories were canonical ("Command Injection").
  private static String canonicalKey(Finding f) {
    return f.filePath() + "\u0000" + Categories.canonical(f.category());
  }

  private static String issueKey(Finding f) {
    return canonicalKey(f) + "\u0000" + SourceText.norm(f.vulnerableCode());
  }
}

package org.securityguidance.rules.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.securityguidance.rules.Detector;
import org.securityguidance.rules.ScanText;

/**
 * The {@code hardcoded_secret} detector: provider key formats, private key blocks, keyword-anchored assignments,
 * Bearer JWTs and passwords in URLs, reported as the span of the secret value itself.
 *
 * <p>Design: precision first, because a hook warning that cries wolf gets disabled. Provider formats need their
 * distinctive prefix plus a random-looking body; everything else needs a keyword anchor and must survive the
 * placeholder ({@link Placeholders}) and entropy ({@link Entropy}) checks. Which detectors run depends on the path
 * ({@link FileScope}). Every pass is a bounded single scan, so time is linear in the text length. Nothing is logged:
 * the detector sees secrets and only ever returns offsets.
 */
public final class SecretDetector implements Detector {
  /** Upper bound on reported hits per text, so a file full of keys cannot blow up a report. */
  static final int MAX_HITS = 1000;

  /**
   * Lower-case substrings at least one of which occurs (case-insensitively) in any text with a hit: the name stems,
   * the URL and Bearer anchors, the PEM header and every provider prefix. A text containing none of them can be
   * skipped without calling the detector.
   */
  private static final List<String> PREFILTER_KEYWORDS =
      List.of("pass", "pw", "secret", "token", "key", "auth", "cred", "://", "earer", "-----begin ", "sk-", "akia",
          "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "_live_", "aiza", "sg.",
          "npm_", "pypi-", "hf_", "gsk_", "r8_", "_v1_", "shp");

  private static final Comparator<SecretHit> BY_OFFSET = new ByOffset();

  public SecretDetector() {}

  @Override
  public List<Span> find(ScanText text, boolean firstOnly) {
    List<SecretHit> hits = findSecrets(text.path(), text.text());
    int count = firstOnly ? Math.min(1, hits.size()) : hits.size();
    List<Span> spans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      spans.add(new Span(hits.get(i).offset(), hits.get(i).length()));
    }
    return spans;
  }

  /** Every secret in {@code text} with its kind, in offset order, without overlaps (provider formats win). */
  public List<SecretHit> findSecrets(String normalizedPath, String text) {
    FileScope scope = FileScope.of(normalizedPath);
    if (scope == FileScope.SKIP || text == null || text.isEmpty()) {
      return List.of();
    }
    List<SecretHit> strong = new ArrayList<>();
    ProviderPatterns.find(text, strong, MAX_HITS);
    PrivateKeyBlocks.find(text, strong, MAX_HITS);
    List<SecretHit> anchored = new ArrayList<>();
    if (scope != FileScope.PROVIDER_ONLY) {
      KeywordAssignments.find(text, scope, anchored, MAX_HITS);
      Jwt.findBearer(text, anchored, MAX_HITS);
      UrlCredentials.find(text, anchored, MAX_HITS);
    }
    return merge(strong, anchored);
  }

  /** Keywords for the rule engine's prefilter; see {@link #PREFILTER_KEYWORDS}. */
  public static List<String> prefilterKeywords() {
    return PREFILTER_KEYWORDS;
  }

  /** Whether the path is scanned at all (lockfiles, minified bundles and source maps are not). */
  public static boolean scansPath(String normalizedPath) {
    return FileScope.of(normalizedPath) != FileScope.SKIP;
  }

  /** Strong hits first, then anchored hits that overlap none of them; sorted; later overlapping hits dropped. */
  private static List<SecretHit> merge(List<SecretHit> strong, List<SecretHit> anchored) {
    strong.sort(BY_OFFSET);
    anchored.sort(BY_OFFSET);
    List<SecretHit> kept = dropOverlapping(strong);
    List<SecretHit> all = new ArrayList<>(kept);
    int s = 0;
    for (SecretHit hit : anchored) {
      while (s < kept.size() && kept.get(s).end() <= hit.offset()) {
        s++;
      }
      if (s >= kept.size() || !kept.get(s).overlaps(hit)) {
        all.add(hit);
      }
    }
    all.sort(BY_OFFSET);
    List<SecretHit> merged = dropOverlapping(all);
    return merged.size() > MAX_HITS ? merged.subList(0, MAX_HITS) : merged;
  }

  /** Offset, then length; a named class rather than comparator lambdas, which a cold hook pays for (ADR 0008). */
  private static final class ByOffset implements Comparator<SecretHit> {
    @Override
    public int compare(SecretHit a, SecretHit b) {
      int byOffset = Integer.compare(a.offset(), b.offset());
      return byOffset != 0 ? byOffset : Integer.compare(a.length(), b.length());
    }
  }

  private static List<SecretHit> dropOverlapping(List<SecretHit> sorted) {
    List<SecretHit> out = new ArrayList<>(sorted.size());
    int lastEnd = -1;
    for (SecretHit hit : sorted) {
      if (hit.offset() >= lastEnd) {
        out.add(hit);
        lastEnd = hit.end();
      }
    }
    return out;
  }
}

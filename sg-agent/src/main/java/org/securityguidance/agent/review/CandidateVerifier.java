package org.securityguidance.agent.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;
import org.securityguidance.review.scope.FileDiff;
import org.securityguidance.review.verify.Anchoring;
import org.securityguidance.review.verify.Dedupe;
import org.securityguidance.review.verify.FindingOrder;
import org.securityguidance.review.verify.Normalizer;
import org.securityguidance.review.verify.RawFinding;
import org.securityguidance.review.verify.VerifyCounts;

/**
 * Stage 2 of the agentic review: every candidate must cite a file that exists and quote code found there. A changed
 * file is checked against its diff, then its current content; any other file of the repository against its content,
 * read through the confined reader. The anchored line replaces the model's line. Unanchored candidates are dropped
 * and counted; the rest are ordered and de-duplicated like the single-shot review's (review.verify).
 */
final class CandidateVerifier {
  /** {@code 12\t}, {@code 12→}, {@code 12: } or {@code 12| }: the line numbers a Read result shows. */
  private static final Pattern LINE_NUMBER_PREFIX = Pattern.compile("^\\s{0,8}\\d{1,7}(?:\\t|\u2192|: ?|\\| ?)");

  /** What stage 2 kept, with counts; {@code considered} passed the severity gate. */
  record Outcome(List<Candidate> candidates, VerifyCounts counts, int considered) {}

  private enum Miss { BAD_PATH, QUOTE_TOO_SHORT, CODE_NOT_FOUND }

  private final Anchoring changed;
  private final Function<String, Optional<String>> repoReader;
  private final Map<String, Anchoring> others = new HashMap<>();

  CandidateVerifier(List<FileDiff> files, Function<String, Optional<String>> repoReader) {
    this.changed = new Anchoring(files, repoReader);
    this.repoReader = repoReader;
  }

  Outcome verify(List<RawFinding> raw, int omitted, List<Finding> previous, boolean excludeMedium,
      Consumer<String> log) {
    Map<Miss, Integer> misses = new EnumMap<>(Miss.class);
    List<Candidate> anchored = new ArrayList<>();
    int low = 0;
    for (RawFinding r : raw) {
      Finding f = Normalizer.normalize(r);
      if (f.severity() == Severity.LOW || (excludeMedium && f.severity() == Severity.MEDIUM)) {
        low++;
        continue;
      }
      Optional<Candidate> c = anchor(f, misses);
      c.ifPresent(anchored::add);
    }
    anchored.sort((a, b) -> FindingOrder.BY_SEVERITY_FILE_LINE.compare(a.finding(), b.finding()));
    List<Finding> unique = Dedupe.sameIssue(previous,
        Dedupe.withinReview(anchored.stream().map(Candidate::finding).toList()));
    List<Candidate> kept = new ArrayList<>(unique.size());
    for (Candidate c : anchored) {
      if (unique.contains(c.finding()) && kept.stream().noneMatch(k -> k.finding().equals(c.finding()))) {
        kept.add(c);
      }
    }
    int unanchored = omitted + misses.values().stream().mapToInt(Integer::intValue).sum();
    if (unanchored > 0) {
      log.accept("agentic verify: dropped unanchored " + misses + (omitted > 0 ? " omitted=" + omitted : ""));
    }
    VerifyCounts counts = new VerifyCounts(raw.size() + omitted, low, unanchored, anchored.size() - kept.size());
    return new Outcome(kept, counts, raw.size() - low);
  }

  /** True when {@code code} is found in {@code path} (a changed file's diff or content, or any repository file). */
  boolean quoteFound(String path, String code) {
    Finding probe = new Finding(path, "other", Severity.MEDIUM, code, "", "", 0);
    return anchor(probe, new EnumMap<>(Miss.class)).isPresent();
  }

  private Optional<Candidate> anchor(Finding f, Map<Miss, Integer> misses) {
    Anchoring.Result inChanged = anchorWithFallback(changed, f);
    if (inChanged.anchored()) {
      return Optional.of(new Candidate(inChanged.finding(), true));
    }
    if (inChanged.failure() != Anchoring.Failure.FILE_NOT_REVIEWED) {
      return miss(misses, inChanged.failure() == Anchoring.Failure.QUOTE_TOO_SHORT ? Miss.QUOTE_TOO_SHORT
          : Miss.CODE_NOT_FOUND);
    }
    List<String> spellings = RepoPaths.spellings(f.filePath());
    if (spellings.isEmpty()) {
      return miss(misses, Miss.BAD_PATH);
    }
    Anchoring.Result last = null;
    for (String path : spellings) {
      Anchoring other = others.computeIfAbsent(path,
          p -> new Anchoring(List.of(new FileDiff(p, "", false, 0)), repoReader));
      last = anchorWithFallback(other, withPath(f, path));
      if (last.anchored()) {
        return Optional.of(new Candidate(last.finding(), false));
      }
    }
    return miss(misses, last.failure() == Anchoring.Failure.QUOTE_TOO_SHORT ? Miss.QUOTE_TOO_SHORT
        : Miss.CODE_NOT_FOUND);
  }

  /** Anchors {@code f}; when its quote is not found, once more without the line numbers a Read result shows. */
  private static Anchoring.Result anchorWithFallback(Anchoring anchoring, Finding f) {
    Anchoring.Result result = anchoring.anchor(f);
    if (result.anchored() || result.failure() != Anchoring.Failure.CODE_NOT_FOUND) {
      return result;
    }
    String stripped = withoutLineNumbers(f.vulnerableCode());
    if (stripped == null) {
      return result;
    }
    Anchoring.Result again = anchoring.anchor(withCode(f, stripped));
    return again.anchored() ? again : result;
  }

  /** The code without a line-number prefix on every non-blank line, or {@code null} when not every line has one. */
  static String withoutLineNumbers(String code) {
    String[] lines = code.split("\n", -1);
    StringBuilder out = new StringBuilder(code.length());
    boolean any = false;
    for (String line : lines) {
      var m = LINE_NUMBER_PREFIX.matcher(line);
      if (m.find()) {
        out.append(line.substring(m.end()));
        any = true;
      } else if (!line.isBlank()) {
        return null;
      }
      out.append('\n');
    }
    return any ? out.toString().stripTrailing() : null;
  }

  private static Optional<Candidate> miss(Map<Miss, Integer> misses, Miss miss) {
    misses.merge(miss, 1, Integer::sum);
    return Optional.empty();
  }

  private static Finding withPath(Finding f, String path) {
    return new Finding(path, f.category(), f.severity(), f.vulnerableCode(), f.explanation(), f.fix(), f.line());
  }

  private static Finding withCode(Finding f, String code) {
    return new Finding(f.filePath(), f.category(), f.severity(), code, f.explanation(), f.fix(), f.line());
  }
}

package org.securityguidance.review.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.scope.FileDiff;

/**
 * Evidence check for every finding (spec llm-review §13.10): its file must be one of the reviewed files and its
 * quoted code must really be there — in the diff's added or context lines, or else in the file's current content —
 * after whitespace normalisation, either as a whole or line by line (so a quote spanning lines, or one with an
 * elided middle, is still found). The original reported findings quoting code that does not exist; those are
 * dropped here. A found quote fixes the finding's path (the reviewed file's own) and line.
 */
public final class Anchoring {
  /** Non-space characters a quote needs before it can count as evidence. */
  static final int MIN_EVIDENCE_CHARS = 4;
  static final int MAX_CONTENT_CHARS = 4 * 1024 * 1024;

  /** Why a finding was not anchored (debug log reason). */
  public enum Failure {
    FILE_NOT_REVIEWED,
    QUOTE_TOO_SHORT,
    CODE_NOT_FOUND
  }

  /** An anchored finding, or the reason there is none. */
  public record Result(Finding finding, Failure failure) {
    public boolean anchored() {
      return finding != null;
    }
  }

  private final List<FileDiff> files;
  private final Function<String, Optional<String>> contentReader;
  private final Map<String, SourceText> diffs = new HashMap<>();
  private final Map<String, Optional<SourceText>> contents = new HashMap<>();

  /** {@code contentReader} maps a reviewed file's path to its current content (empty when unreadable). */
  public Anchoring(List<FileDiff> files, Function<String, Optional<String>> contentReader) {
    this.files = List.copyOf(files);
    this.contentReader = contentReader;
  }

  public Result anchor(Finding f) {
    Optional<FileDiff> file = resolveFile(f.filePath(), files);
    if (file.isEmpty()) {
      return new Result(null, Failure.FILE_NOT_REVIEWED);
    }
    Quote quote = Quote.of(f.vulnerableCode());
    if (quote.evidenceChars() < MIN_EVIDENCE_CHARS) {
      return new Result(null, Failure.QUOTE_TOO_SHORT);
    }
    FileDiff diff = file.get();
    SourceText inDiff = diffs.computeIfAbsent(diff.path(), p -> SourceText.ofDiff(nonNull(diff.content()), diff.newFile()));
    Optional<SourceText.Line> at = quote.find(inDiff, f.line());
    if (at.isEmpty() || at.get().number() == 0) {
      Optional<SourceText.Line> inContent = content(diff.path()).flatMap(c -> quote.find(c, f.line()));
      at = inContent.isPresent() ? inContent : at;
    }
    if (at.isEmpty()) {
      return new Result(null, Failure.CODE_NOT_FOUND);
    }
    return new Result(new Finding(diff.path(), f.category(), f.severity(), f.vulnerableCode(), f.explanation(),
        f.fix(), at.get().number()), null);
  }

  /** Exact path, then the path cleaned of {@code ./}, {@code a/}, backslashes; then a unique path-suffix match. */
  static Optional<FileDiff> resolveFile(String claimed, List<FileDiff> files) {
    if (claimed == null || claimed.isBlank()) {
      return Optional.empty();
    }
    for (String candidate : spellings(claimed.strip())) {
      for (FileDiff f : files) {
        if (f.path().equals(candidate)) {
          return Optional.of(f);
        }
      }
    }
    String clean = spellings(claimed.strip()).get(1);
    List<FileDiff> longerThanClaim = new ArrayList<>();
    FileDiff bestWithinClaim = null;
    for (FileDiff f : files) {
      if (f.path().endsWith("/" + clean)) {
        longerThanClaim.add(f);
      } else if (clean.endsWith("/" + f.path())
          && (bestWithinClaim == null || f.path().length() > bestWithinClaim.path().length())) {
        // The claim is absolute or carries the repo folder; nested candidates are suffixes of one another, so the
        // longest is the most specific.
        bestWithinClaim = f;
      }
    }
    if (longerThanClaim.size() == 1 && bestWithinClaim == null) {
      return Optional.of(longerThanClaim.get(0));
    }
    return longerThanClaim.isEmpty() ? Optional.ofNullable(bestWithinClaim) : Optional.empty();
  }

  private static List<String> spellings(String claimed) {
    String clean = claimed.replace('\\', '/');
    while (clean.startsWith("./")) {
      clean = clean.substring(2);
    }
    List<String> out = new ArrayList<>(List.of(claimed, clean));
    if (clean.startsWith("a/") || clean.startsWith("b/")) {
      out.add(clean.substring(2));
    }
    return out;
  }

  private Optional<SourceText> content(String path) {
    return contents.computeIfAbsent(path, p -> {
      try {
        return contentReader.apply(p).filter(c -> c.length() <= MAX_CONTENT_CHARS).map(SourceText::ofContent);
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}

package org.securityguidance.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.rules.Match;

/**
 * Turns one file's rule matches into report findings: end positions, fingerprints with per-file occurrence numbers,
 * report order. The file text is used here and then dropped; nothing of it is kept beyond the hash.
 */
final class FindingBuilder {
  private FindingBuilder() {}

  static List<ScanFinding> build(String path, String text, List<Match> matches) {
    List<ScanFinding> unnumbered = new ArrayList<>(matches.size());
    for (Match m : matches) {
      unnumbered.add(locate(path, text, m));
    }
    unnumbered.sort(ScanFinding.ORDER);
    Map<String, Integer> occurrences = new HashMap<>();
    List<ScanFinding> findings = new ArrayList<>(unnumbered.size());
    for (ScanFinding f : unnumbered) {
      int n = occurrences.merge(f.fingerprint(), 1, Integer::sum);
      findings.add(new ScanFinding(
          f.path(), f.line(), f.column(), f.endLine(), f.endColumn(), f.rule(), f.fingerprint() + ":" + n));
    }
    return findings;
  }

  /** A finding whose fingerprint is still the bare line hash. */
  private static ScanFinding locate(String path, String text, Match m) {
    int start = clamp(m.offset(), text.length());
    int end = clamp(m.offset() + Math.max(0, m.length()), text.length());
    int endLine = m.line();
    int endColumn = m.column();
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        endLine++;
        endColumn = 1;
      } else {
        endColumn++;
      }
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', start);
    CharSequence line = text.subSequence(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    String hash = LineFingerprint.hash(m.rule().name(), path, line);
    return new ScanFinding(path, m.line(), m.column(), endLine, endColumn, m.rule(), hash);
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }
}

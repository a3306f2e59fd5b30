package org.securityguidance.agent.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.prompt.DataFence;
import org.securityguidance.review.prompt.Texts;
import org.securityguidance.review.scope.FileDiff;

/**
 * The stage-3 request: the candidates, numbered excerpts of the code around each one, and the start of the diff,
 * every part a delimited block of untrusted data (the candidates quote code an attacker may have written).
 */
final class SelfCheckPrompt {
  static final int EXCERPT_RADIUS = 30;
  static final int MAX_EXCERPT_CHARS = 60_000;
  /** The diff shown to the check (spec llm-review §6.4 step 9: its first 8000 characters). */
  static final int DIFF_EXCERPT_CHARS = 8_000;

  private record Block(String kind, String attributes, String content) {}

  private SelfCheckPrompt() {}

  static String build(List<Candidate> checked, List<FileDiff> files, Function<String, Optional<String>> reader, Supplier<String> nonces) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      blocks.add(findingBlock(i, checked.get(i)));
    }
    blocks.addAll(excerptBlocks(checked, reader));
    blocks.add(new Block("DIFF", "", diffExcerpt(files)));
    StringBuilder untrusted = new StringBuilder();
    blocks.forEach(b -> untrusted.append(b.attributes()).append('\n').append(b.content()).append('\n'));
    String nonce = DataFence.chooseNonce(nonces, untrusted);
    StringBuilder out = new StringBuilder(untrusted.length() + 4_096);
    out.append(AgentResources.prompt("self-check-request.txt", nonce));
    for (Block b : blocks) {
      out.append("\n\n");
      DataFence.append(out, b.kind(), nonce, b.attributes(), b.content());
    }
    return out.toString();
  }

  private static Block findingBlock(int index, Candidate candidate) {
    Finding f = candidate.finding();
    String attributes = "index=\"" + index + "\" path=" + DataFence.quoted(f.filePath()) + " line=\"" + f.line()
        + "\" category=" + DataFence.quoted(f.category()) + " severity=\"" + f.severity().wireName()
        + "\" changed_file=\"" + (candidate.inChangedFile() ? "yes" : "no") + "\"";
    String content = "vulnerableCode:\n" + f.vulnerableCode() + "\nexplanation: " + Texts.oneLine(f.explanation());
    return new Block("FINDING", attributes, content);
  }

  private static List<Block> excerptBlocks(List<Candidate> checked, Function<String, Optional<String>> reader) {
    Map<String, Optional<String[]>> contents = new HashMap<>();
    Set<String> shown = new HashSet<>();
    List<Block> out = new ArrayList<>();
    int budget = MAX_EXCERPT_CHARS;
    for (Candidate c : checked) {
      Finding f = c.finding();
      int line = f.line();
      if (line <= 0 || !shown.add(f.filePath() + ":" + (line / EXCERPT_RADIUS))) {
        continue;
      }
      Optional<String[]> lines = contents.computeIfAbsent(f.filePath(), p -> read(reader, p));
      if (lines.isEmpty()) {
        continue;
      }
      String excerpt = numbered(lines.get(), line);
      if (excerpt.length() > budget) {
        break;
      }
      budget -= excerpt.length();
      int from = Math.max(1, line - EXCERPT_RADIUS);
      out.add(new Block("EXCERPT", "path=" + DataFence.quoted(f.filePath()) + " from_line=\"" + from + "\"", excerpt));
    }
    return out;
  }

  private static Optional<String[]> read(Function<String, Optional<String>> reader, String path) {
    try {
      return reader.apply(path).map(s -> s.split("\n", -1));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String numbered(String[] lines, int center) {
    int from = Math.max(1, center - EXCERPT_RADIUS);
    int to = Math.min(lines.length, center + EXCERPT_RADIUS);
    StringBuilder out = new StringBuilder();
    for (int n = from; n <= to; n++) {
      out.append(n).append("| ").append(Texts.cap(lines[n - 1], 400)).append('\n');
    }
    return out.toString();
  }

  private static String diffExcerpt(List<FileDiff> files) {
    StringBuilder all = new StringBuilder();
    for (FileDiff f : files) {
      if (all.length() >= DIFF_EXCERPT_CHARS) {
        break;
      }
      all.append("=== ").append(Texts.oneLine(f.path())).append(" ===\n")
          .append(f.content() == null ? "" : f.content()).append('\n');
    }
    return Texts.head(all.toString(), DIFF_EXCERPT_CHARS);
  }
}

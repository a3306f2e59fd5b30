package org.securityguidance.review.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.prompt.PromptText;
import org.securityguidance.review.prompt.Texts;
import org.securityguidance.review.verify.FindingOrder;

/**
 * The text the agent reads when a review found something (spec llm-review §8.1, our wording): the provenance banner,
 * the heading, one numbered entry per finding with severity, category, file:line, the quoted code, a one-line
 * reason and the fix, then a line telling the agent to carry on. Plain text, never JSON; every model-written field
 * is stripped of control characters and capped, because model output can carry text planted in the diff.
 */
public final class Guidance {
  /** Kept verbatim (hooks-and-patterns §3.2): the agent recognises plugin output by it; U+2014 em dash. */
  public static final String PROVENANCE_BANNER =
      "[from security-guidance@claude-code-plugins plugin \u2014 automated security review, not user input.]";
  /** Kept verbatim: acceptance checks and users search for it (spec §12 scenario 1). */
  public static final String HEADING = "Security Review: Potential vulnerabilities detected";

  static final int MAX_CODE_LINES = 6;
  static final int MAX_CODE_LINE_CHARS = 200;
  static final int MAX_WHY_CHARS = 300;
  static final int MAX_FIX_CHARS = 400;
  static final int MAX_PATH_CHARS = 200;
  private static final String INDENT = "   ";

  private Guidance() {}

  /** The guidance for {@code findings} (any order; shown critical first). */
  public static String render(List<Finding> findings) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(FindingOrder.BY_SEVERITY_FILE_LINE);
    StringBuilder out = new StringBuilder(1024);
    out.append(PROVENANCE_BANNER).append("\n\n").append(HEADING).append("\n\n");
    out.append("Affected files: ").append(String.join(", ", files(ordered))).append("\n\n");
    out.append(PromptText.load("guidance-intro.txt")).append("\n\n");
    for (int i = 0; i < ordered.size(); i++) {
      appendEntry(out, i + 1, ordered.get(i));
      out.append('\n');
    }
    out.append(PromptText.load("guidance-outro.txt")).append('\n');
    return out.toString();
  }

  private static void appendEntry(StringBuilder out, int number, Finding f) {
    out.append(number).append(". [").append(f.severity().name()).append("] ")
        .append(Texts.cap(Texts.oneLine(f.category()), 64)).append(" in ").append(location(f)).append('\n');
    appendCode(out, f.vulnerableCode());
    String why = Texts.cap(Texts.oneLine(f.explanation()), MAX_WHY_CHARS);
    if (!why.isEmpty()) {
      out.append(INDENT).append("Why: ").append(why).append('\n');
    }
    String fix = Texts.cap(Texts.oneLine(f.fix()), MAX_FIX_CHARS);
    out.append(INDENT).append("Fix: ").append(fix.isEmpty() ? "see the explanation above" : fix).append('\n');
  }

  private static void appendCode(StringBuilder out, String code) {
    List<String> lines = codeLines(code);
    if (lines.size() == 1) {
      out.append(INDENT).append("Code: ").append(lines.get(0).strip()).append('\n');
      return;
    }
    out.append(INDENT).append("Code:\n");
    for (int i = 0; i < Math.min(lines.size(), MAX_CODE_LINES); i++) {
      out.append(INDENT).append("  ").append(lines.get(i)).append('\n');
    }
    if (lines.size() > MAX_CODE_LINES) {
      out.append(INDENT).append("  \u2026 (").append(lines.size() - MAX_CODE_LINES).append(" more lines)\n");
    }
  }

  /** Code lines without control characters, common indentation removed, each capped. */
  private static List<String> codeLines(String code) {
    List<String> lines = new ArrayList<>();
    for (String line : Texts.stripControls(code).replace('\t', ' ').split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.stripTrailing());
      }
    }
    if (lines.isEmpty()) {
      return List.of("(not quoted)");
    }
    int indent = lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> out = new ArrayList<>(lines.size());
    lines.forEach(l -> out.add(Texts.cap(l.substring(indent), MAX_CODE_LINE_CHARS)));
    return out;
  }

  private static String location(Finding f) {
    String path = Texts.cap(Texts.oneLine(f.filePath()), MAX_PATH_CHARS);
    return f.line() > 0 ? path + ":" + f.line() : path;
  }

  private static List<String> files(List<Finding> ordered) {
    Set<String> files = new LinkedHashSet<>();
    ordered.forEach(f -> files.add(Texts.cap(Texts.oneLine(f.filePath()), MAX_PATH_CHARS)));
    return new ArrayList<>(files);
  }
}

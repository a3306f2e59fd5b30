package org.securityguidance.agent.tools;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.securityguidance.agent.sandbox.BinarySniff;
import org.securityguidance.agent.sandbox.ConfinedFile;
import org.securityguidance.agent.sandbox.RepoSandbox;
import org.securityguidance.agent.sandbox.Resolution;

/**
 * Grep: lines matching an RE2 regex across the repository's files (or one directory or file), as
 * {@code path:line: text}. Bounded by match count, bytes per file and in total, files opened, result size and a
 * deadline; binary, secret, ignored and oversized files are skipped and counted.
 */
public final class GrepTool implements Tool {
  private static final int CONTEXT_BEFORE_MATCH = 80;

  private final RepoSandbox sandbox;
  private final ToolLimits limits;
  private final ToolCounters counters;

  /** A Grep tool with its own counters (use {@link ToolSet} to share them). */
  public GrepTool(RepoSandbox sandbox, ToolLimits limits) {
    this(sandbox, limits, new ToolCounters());
  }

  GrepTool(RepoSandbox sandbox, ToolLimits limits, ToolCounters counters) {
    this.sandbox = sandbox;
    this.limits = limits;
    this.counters = counters;
  }

  @Override
  public String name() {
    return "Grep";
  }

  @Override
  public Map<String, Object> definition() {
    return ToolSchemas.tool(name(),
        "Search the repository's files for a regular expression (RE2 syntax: no look-arounds or "
            + "back-references). Returns matching lines as path:line: text, at most " + limits.grepMaxMatches()
            + " matches. Binary, secret and ignored files are skipped.",
        Map.of(
            "pattern", ToolSchemas.string("Regular expression to search for, matched line by line"),
            "path", ToolSchemas.string("Repository-relative directory or file to search (default: the whole "
                + "repository)"),
            "glob", ToolSchemas.string("Only search files matching this glob, e.g. *.java or src/**/*.ts (a glob "
                + "without / matches file names at any depth)"),
            "case_insensitive", ToolSchemas.bool("Match case-insensitively (default false)"),
            "max_matches", ToolSchemas.integer("Stop after this many matches (default "
                + limits.grepDefaultMatches() + ", at most " + limits.grepMaxMatches() + ")", 1)),
        List.of("pattern"));
  }

  @Override
  public ToolResult execute(Map<String, Object> input) {
    ToolInput in = new ToolInput(input);
    String regex = in.requireString("pattern");
    String path = in.optionalString("path");
    String glob = in.optionalString("glob");
    boolean ignoreCase = in.flag("case_insensitive", "-i");
    int maxMatches = in.optionalInt(limits.grepDefaultMatches(), 1, limits.grepMaxMatches(), "max_matches",
        "head_limit");
    Pattern pattern = RegexBudget.compile(regex, ignoreCase);
    GlobPattern filter = glob.isBlank() ? null : GlobPattern.compile(glob);
    SearchScope.Scoped scoped = SearchScope.of(sandbox, path, /* filesAllowed= */ true);
    if (scoped.refused().isPresent()) {
      return Refused.result(path, scoped.refusal(), counters);
    }
    SearchScope scope = scoped.scope();
    List<String> candidates = scope.singleFile() != null ? List.of(scope.singleFile()) : sandbox.files();
    GrepRun run = new GrepRun(pattern, maxMatches, new BoundedOutput(limits.resultBytes()),
        new Deadline(limits.deadline()));
    for (String repoPath : candidates) {
      String relative = scope.relative(repoPath);
      if (relative == null || (filter != null && !filter.matches(relative))) {
        continue;
      }
      if (run.stopReason() != null) {
        break;
      }
      searchFile(repoPath, run);
    }
    if (run.truncated()) {
      counters.truncated();
    }
    return ToolResult.ok(run.finish(limits));
  }

  private void searchFile(String repoPath, GrepRun run) {
    if (run.filesExamined() >= limits.grepMaxFiles()) {
      run.stop(GrepRun.Stop.FILE_LIMIT);
      return;
    }
    run.examined();
    Resolution r = sandbox.resolve(repoPath);
    if (!r.allowed()) {
      run.skippedUnreadable();
      return;
    }
    ConfinedFile file = r.file().orElseThrow();
    if (!run.firstVisit(file.repoPath())) {
      return; // a tracked symlink and its target are listed twice but searched once
    }
    if (file.size() > limits.grepFileBytes()) {
      run.skippedLarge();
      return;
    }
    if (run.bytesRead() + file.size() > limits.grepTotalBytes()) {
      run.stop(GrepRun.Stop.BYTE_LIMIT);
      return;
    }
    byte[] bytes;
    try {
      bytes = sandbox.readHead(file, limits.grepFileBytes());
    } catch (IOException e) {
      run.skippedUnreadable();
      return;
    }
    run.opened(bytes.length);
    if (BinarySniff.looksBinary(bytes, bytes.length)) {
      run.skippedBinary();
      return;
    }
    scanLines(file.repoPath(), new String(bytes, StandardCharsets.UTF_8), run);
  }

  private void scanLines(String repoPath, String text, GrepRun run) {
    Matcher matcher = run.pattern().matcher("");
    int lineNo = 0;
    int start = 0;
    while (start <= text.length() && run.stopReason() == null) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      if (end < 0 && start == text.length()) {
        break;
      }
      lineNo++;
      String line = stop > start && text.charAt(stop - 1) == '\r' ? text.substring(start, stop - 1)
          : text.substring(start, stop);
      if (matcher.reset(line).find()) {
        run.match(repoPath, repoPath + ":" + lineNo + ": " + excerpt(line, matcher.start()));
      }
      if ((lineNo & 1023) == 0 && run.deadline().passed()) {
        run.stop(GrepRun.Stop.DEADLINE);
      }
      start = stop + 1;
    }
  }

  /** The line, or for a long line a window starting a little before the match, clipped to the line limit. */
  private String excerpt(String line, int matchStart) {
    if (line.length() <= limits.lineChars()) {
      return line;
    }
    int from = Math.max(0, matchStart - CONTEXT_BEFORE_MATCH);
    if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
      from--;
    }
    String window = Utf8.clipLine(line.substring(from), limits.lineChars());
    return from > 0 ? "…" + window : window;
  }
}

package org.securityguidance.agent.tools;

import java.util.List;
import java.util.Map;
import org.securityguidance.agent.sandbox.RepoSandbox;

/**
 * Glob: repository files (tracked, and untracked but not ignored) whose path matches a glob, in git's order, at most
 * {@link ToolLimits#globMaxResults()} listed and the rest counted, within a deadline.
 */
public final class GlobTool implements Tool {
  private static final int DEADLINE_CHECK_EVERY = 512;

  private final RepoSandbox sandbox;
  private final ToolLimits limits;
  private final ToolCounters counters;

  /** A Glob tool with its own counters (use {@link ToolSet} to share them). */
  public GlobTool(RepoSandbox sandbox, ToolLimits limits) {
    this(sandbox, limits, new ToolCounters());
  }

  GlobTool(RepoSandbox sandbox, ToolLimits limits, ToolCounters counters) {
    this.sandbox = sandbox;
    this.limits = limits;
    this.counters = counters;
  }

  @Override
  public String name() {
    return "Glob";
  }

  @Override
  public Map<String, Object> definition() {
    return ToolSchemas.tool(name(),
        "List the repository's files whose path matches a glob: * and ? stay within one directory, ** spans "
            + "directories, {a,b} alternatives, [abc] classes. A pattern without / matches file names at any "
            + "depth. Returns repository-relative paths, at most " + limits.globMaxResults() + ".",
        Map.of(
            "pattern", ToolSchemas.string("Glob pattern, e.g. **/*.java or src/**/auth*"),
            "path", ToolSchemas.string("Repository-relative directory to search in (default: the repository "
                + "root); the pattern is matched relative to it")),
        List.of("pattern"));
  }

  @Override
  public ToolResult execute(Map<String, Object> input) {
    ToolInput in = new ToolInput(input);
    GlobPattern glob = GlobPattern.compile(in.requireString("pattern"));
    String path = in.optionalString("path");
    SearchScope.Scoped scoped = SearchScope.of(sandbox, path, /* filesAllowed= */ false);
    if (scoped.refused().isPresent()) {
      return Refused.result(path, scoped.refusal(), counters);
    }
    SearchScope scope = scoped.scope();
    BoundedOutput out = new BoundedOutput(limits.resultBytes());
    Deadline deadline = new Deadline(limits.deadline());
    List<String> files = sandbox.files();
    int shown = 0;
    int more = 0;
    int scanned = 0;
    boolean timedOut = false;
    for (String repoPath : files) {
      if (scanned++ % DEADLINE_CHECK_EVERY == 0 && deadline.passed()) {
        timedOut = true;
        break;
      }
      String relative = scope.relative(repoPath);
      if (relative == null || !glob.matches(relative)) {
        continue;
      }
      if (shown < limits.globMaxResults() && out.line(repoPath)) {
        shown++;
      } else {
        more++;
      }
    }
    String note = note(shown, more, timedOut, scanned - 1, files.size());
    if (shown == 0 && !timedOut && !glob.spansDirectories()) {
      note += " [a pattern with / is matched against the whole path below the search directory; "
          + "**/ matches any depth]";
    }
    return ToolResult.ok(out.finish(note));
  }

  private String note(int shown, int more, boolean timedOut, int scanned, int total) {
    if (more > 0 || timedOut) {
      counters.truncated();
    }
    if (timedOut) {
      return "[time limit reached after checking " + scanned + " of " + total + " files; " + (shown + more)
          + " matched so far" + (more > 0 ? ", " + more + " not shown" : "") + "; narrow the pattern or path]";
    }
    if (more > 0) {
      return "[" + more + " more matching files not shown; narrow the pattern or path]";
    }
    if (shown == 0) {
      return "[no files match]";
    }
    return "";
  }
}

package org.securityguidance.agent.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.agent.loop.LoopStop;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.ClaudeCliChild;
import org.securityguidance.sys.Deadline;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.Usage;
import org.securityguidance.review.api.UsageMeter;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/**
 * Stage 1 for third-party providers (issue 4 §2, spec llm-review §6.4 steps 3–5): the user's own {@code claude} CLI,
 * found at a fixed absolute path (never a PATH lookup), run headless in the repository with only Read, Grep and Glob,
 * no MCP servers, no settings files, the same findings schema, a turn limit and the review's deadline. The prompt
 * goes on stdin (never argv), and stderr only reaches the debug log, a few capped lines at most (§8.3: the
 * original's inner CLI could replace the findings with its warnings).
 */
public final class ClaudeCliAgent implements Investigator {
  static final String TOOLS = "Read,Grep,Glob";
  /** Defence in depth: {@code --tools} already leaves these out, and a deny rule wins over any allow rule. */
  static final String DENIED = "Bash,Edit,Write,MultiEdit,NotebookEdit,WebFetch,WebSearch,Task,Agent,Skill";

  private final ProcessRunner runner;
  private final Path cli;
  private final Path repoRoot;
  private final Map<String, String> baseEnvironment;
  private final String model;
  private final int maxTurns;
  private final Deadline deadline;
  private final UsageMeter meter;
  private final Consumer<String> log;
  private volatile LoopStats lastStats;

  /** {@code meter} may be null; {@code baseEnvironment} is the hook's, the spawn overrides are applied to it. */
  public ClaudeCliAgent(ProcessRunner runner, Path cli, Path repoRoot, Map<String, String> baseEnvironment,
      String model, int maxTurns, Deadline deadline, UsageMeter meter, Consumer<String> log) {
    this.runner = runner;
    this.cli = cli;
    this.repoRoot = repoRoot;
    this.baseEnvironment = Map.copyOf(baseEnvironment);
    this.model = model;
    this.maxTurns = maxTurns;
    this.deadline = deadline;
    this.meter = meter;
    this.log = log;
  }

  @Override
  public Investigation investigate(InvestigationPrompt prompt) throws ReviewUnavailable {
    Duration limit = deadline.remaining();
    if (limit.isZero()) {
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "review deadline reached before the agentic CLI call");
    }
    byte[] stdin = prompt.singleText().getBytes(StandardCharsets.UTF_8);
    ProcessResult result = runner.run(new ProcessRequest(argv(prompt), repoRoot, limit, stdin, environment(),
        ClaudeCliChild.STDOUT_CAP));
    logOutcome(result);
    try {
      if (result.timedOut()) {
        throw new ReviewUnavailable(deadline.expired() ? Reason.DEADLINE : Reason.TIMEOUT, -1,
            "agentic claude CLI timed out");
      }
      if (!result.started()) {
        throw new ReviewUnavailable(Reason.CLI_FAILED, -1, "agentic claude CLI did not start");
      }
      Investigation investigation = CliAgentResult.read(result, model);
      lastStats = investigation.stats();
      if (meter != null) {
        meter.recordCall(investigation.model(), investigation.stats().usage(), CliAgentResult.reportedCost(result));
      }
      return investigation;
    } catch (ReviewUnavailable e) {
      lastStats = new LoopStats(0, Map.of(), 0, Usage.NONE,
          e.reason() == Reason.DEADLINE ? LoopStop.DEADLINE : LoopStop.FAILED, false, result.elapsedMillis());
      if (meter != null && e.reason() != Reason.REFUSAL) {
        meter.recordError(-1);
      }
      throw e;
    }
  }

  @Override
  public LoopStats lastStats() {
    return lastStats;
  }

  /** The argument array: our system prompt and schema travel in argv (they are ours), the prompt never does. */
  List<String> argv(InvestigationPrompt prompt) {
    return List.of(cli.toString(), "-p", "--output-format", "json", "--model", model,
        "--system-prompt", prompt.system(),
        "--tools", TOOLS, "--allowedTools", TOOLS, "--disallowedTools", DENIED,
        "--strict-mcp-config", "--setting-sources", "",
        "--max-turns", Integer.toString(maxTurns),
        "--json-schema", Json.write(AgentResources.schema("agentic-findings.json")));
  }

  /** Spec §6.4 step 5: the parent environment with the fixed overrides; the API key wins over the token. */
  Map<String, String> environment() {
    return ClaudeCliChild.environment(baseEnvironment);
  }

  private void logOutcome(ProcessResult result) {
    log.accept("agentic cli: model=" + model + " " + result.describe());
    for (String line : ClaudeCliChild.stderrLinesToLog(result.stderr())) {
      log.accept("agentic cli stderr: " + line);
    }
  }
}

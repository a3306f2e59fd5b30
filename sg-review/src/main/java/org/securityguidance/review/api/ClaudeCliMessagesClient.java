package org.securityguidance.review.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.sys.Deadline;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/**
 * The third-party path (spec §4.7): one headless turn of the user's own {@code claude} CLI, which holds the Bedrock /
 * Vertex / Foundry credentials we never read. No tools, no MCP servers, no settings files; the same JSON schema as
 * the direct path; the prompt on stdin (never argv); stderr only to the debug log.
 */
public final class ClaudeCliMessagesClient implements MessagesClient {
  static final int MAX_TURNS = 2;

  private final ProcessRunner runner;
  private final Path cli;
  private final Map<String, String> baseEnvironment;
  private final Duration timeout;
  private final Deadline deadline;
  private final TransportLog log;

  /** {@code baseEnvironment} is the hook's environment; the spawn overrides of spec §6.4 step 5 are applied to it. */
  public ClaudeCliMessagesClient(ProcessRunner runner, Path cli, Map<String, String> baseEnvironment,
      Duration timeout, Deadline deadline, TransportLog log) {
    this.runner = runner;
    this.cli = cli;
    this.baseEnvironment = Map.copyOf(baseEnvironment);
    this.timeout = timeout;
    this.deadline = deadline;
    this.log = log;
  }

  @Override
  public MessagesResponse send(MessagesRequest request) throws ReviewUnavailable {
    if (request.messages().size() != 1 || !request.tools().isEmpty()) {
      throw new ReviewUnavailable(Reason.CLIENT_ERROR, -1, "the CLI path takes one user turn without tools");
    }
    Duration limit = deadline.cap(timeout);
    if (limit.isZero()) {
      throw new ReviewUnavailable(Reason.DEADLINE, -1, "review deadline reached before the CLI call");
    }
    byte[] prompt = promptText(request.messages().get(0)).getBytes(StandardCharsets.UTF_8);
    ProcessRequest process = new ProcessRequest(argv(request), null, limit, prompt, environment(),
        ClaudeCliChild.STDOUT_CAP);
    ProcessResult result = runner.run(process);
    logOutcome(request, result);
    if (result.timedOut()) {
      throw new ReviewUnavailable(deadline.expired() ? Reason.DEADLINE : Reason.TIMEOUT, -1, "claude CLI timed out");
    }
    if (!result.started()) {
      throw new ReviewUnavailable(Reason.CLI_FAILED, -1, "claude CLI did not start");
    }
    return CliResultReader.read(result, request);
  }

  /** The argument array; the schema travels in argv (it is ours), the prompt never does. */
  List<String> argv(MessagesRequest request) {
    List<String> argv = new ArrayList<>(List.of(cli.toString(), "-p", "--output-format", "json",
        "--model", request.model(),
        "--system-prompt", request.system() == null || request.system().isEmpty()
            ? RequestBody.SUBSCRIPTION_SYSTEM_PROMPT : request.system(),
        "--tools", "", "--strict-mcp-config", "--setting-sources", "",
        "--max-turns", Integer.toString(MAX_TURNS)));
    if (request.outputSchema() != null) {
      argv.add("--json-schema");
      argv.add(Json.write(request.outputSchema()));
    }
    return argv;
  }

  /** Spec §6.4 step 5: the parent environment with the fixed overrides; the API key wins over the token. */
  Map<String, String> environment() {
    return ClaudeCliChild.environment(baseEnvironment);
  }

  /** One user message as plain text: a string, or its text blocks joined by a blank line (spec §4.5 V-HDR). */
  static String promptText(Map<String, Object> message) {
    Object content = message.get("content");
    if (content instanceof String s) {
      return s;
    }
    List<String> parts = new ArrayList<>();
    if (content instanceof List<?> blocks) {
      for (Object block : blocks) {
        if (block instanceof Map<?, ?> m && "text".equals(m.get("type")) && m.get("text") instanceof String t) {
          parts.add(t);
        }
      }
    }
    return String.join("\n\n", parts);
  }

  private void logOutcome(MessagesRequest request, ProcessResult result) {
    log.log("cli: model=" + request.model() + " " + result.describe());
    for (String line : ClaudeCliChild.stderrLinesToLog(result.stderr())) {
      log.log("cli stderr: " + line);
    }
  }
}

package org.securityguidance.flow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.config.Settings;
import org.securityguidance.finding.Finding;
import org.securityguidance.git.Git;
import org.securityguidance.hook.HookInput;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.json.Json;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.scope.CommitDiff;
import org.securityguidance.review.scope.ScopeLimits;
import org.securityguidance.state.DebugLog;
import org.securityguidance.state.SessionStore;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.ReviewUsage;
import org.securityguidance.usage.UsageLog;

/**
 * Runs the Bash hook flow in-process against real repositories with an in-memory {@link CommitReviewer}: every job
 * is recorded, the verdict is scripted. Each run returns stdout, stderr and the exit code.
 */
final class BashHarness {
  /** What one hook run printed. */
  record Run(String stdout, String stderr, int exit) {
    Map<String, Object> line() {
      return Json.parseObject(stdout.strip());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> metrics() {
      return (Map<String, Object>) line().get("metrics");
    }
  }

  /** The in-memory reviewer. */
  static final class FakeReviewer implements CommitReviewer {
    final List<ReviewJob> jobs = new ArrayList<>();
    boolean reachable = true;
    Function<ReviewJob, ReviewResult> verdict = job -> clean();

    @Override
    public boolean reachable() {
      return reachable;
    }

    @Override
    public synchronized ReviewResult review(ReviewJob job) {
      jobs.add(job);
      return verdict.apply(job);
    }

    FakeReviewer findings(Finding... found) {
      verdict = job -> new ReviewResult.Completed(List.of(found), FakeEngine.usage(), Map.of("candidates",
          (long) found.length));
      return this;
    }

    FakeReviewer unavailable(ReviewUnavailable.Reason reason, int status) {
      verdict = job -> new ReviewResult.Unavailable(new ReviewUnavailable(reason, status, "test"),
          new ReviewUsage(List.of(), 0, 0, 0, 0, 0, 0, 1, status), Map.of());
      return this;
    }

    static ReviewResult clean() {
      return new ReviewResult.Completed(List.of(), FakeEngine.usage(), Map.of());
    }
  }

  final Path tmp;
  final Map<String, String> env = new HashMap<>();
  final FakeReviewer reviewer = new FakeReviewer();
  boolean credentials = true;
  Clock clock = Clock.systemUTC();

  BashHarness(Path tmp) {
    this.tmp = tmp;
    env.put("HOME", tmp.resolve("home").toString());
    env.put("SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");
  }

  SessionStore store() {
    return new SessionStore(tmp.resolve("state"), "s", DebugLog.discard());
  }

  UsageLog usage() {
    return UsageLog.in(tmp.resolve("state"));
  }

  Run run(Path cwd, String command, String stdout, String toolUseId) {
    return run(event(cwd, command, stdout, "", false, toolUseId));
  }

  static Map<String, Object> event(Path cwd, String command, String stdout, String stderr, boolean interrupted,
      String toolUseId) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("session_id", "s");
    event.put("hook_event_name", "PostToolUse");
    event.put("tool_name", "Bash");
    if (toolUseId != null) {
      event.put("tool_use_id", toolUseId);
    }
    if (cwd != null) {
      event.put("cwd", cwd.toString());
    }
    event.put("tool_input", Map.of("command", command));
    event.put("tool_response", Map.of("stdout", stdout, "stderr", stderr, "interrupted", interrupted));
    return event;
  }

  Run run(Map<String, Object> event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Env e = new Env(env);
    BashFlow.Review review = new BashFlow.Review(() -> credentials ? Optional.of(reviewer) : Optional.empty(),
        store(), usage(), CommitDiff.local(e), ScopeLimits.from(e));
    int code;
    try {
      code = new BashFlow(Settings.from(e), DebugLog.discard(), Git.local(e), clock, review)
          .run(HookInput.fromJson(Json.write(event)), new HookOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8), 30000));
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
  }

  /** The reviewed-commit record's ids, in file order. */
  static List<String> reviewedShas(Path gitDir) throws IOException {
    Path f = gitDir.resolve(ReviewedCommits.FILE_NAME);
    if (!Files.exists(f)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Files.readAllLines(f).forEach(l -> out.add(l.split("\t")[0]));
    return out;
  }
}

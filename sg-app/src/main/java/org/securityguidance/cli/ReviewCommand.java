package org.securityguidance.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.config.Settings;
import org.securityguidance.flow.ReviewTargetException;
import org.securityguidance.flow.FinishedReview;
import org.securityguidance.flow.ChangeReview;
import org.securityguidance.flow.ReviewEngine;
import org.securityguidance.flow.ReviewEngines;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;

/**
 * {@code review [--base REV] [--format text|json|sarif] [--repo DIR]}: the end-of-turn reviewer for CI and
 * pre-commit. Exit 0 clean (or nothing to review), 1 findings, 2 error — no credentials, not a repository, unknown
 * revision, or a review that got no verdict (never reported as clean).
 */
final class ReviewCommand {
  /** Any error: usage, target, credentials, review unavailable. */
  static final int ERROR = 2;

  static final String NO_CREDENTIALS = "no credentials for the reviewer: set ANTHROPIC_API_KEY (or "
      + "ANTHROPIC_AUTH_TOKEN), or CLAUDE_CODE_USE_BEDROCK / _VERTEX / _FOUNDRY with the claude CLI installed";

  private ReviewCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, Env env) {
    if (namesCommits(args)) {
      // `review --commit REV` / `--range A..B`: the agentic commit reviewer (issue 4), same exit codes.
      return CommitReviewCommand.run(args, out, err, env);
    }
    return run(args, out, err, env, e -> {
      Settings settings = Settings.from(e);
      return ReviewEngines.fromEnv(e, settings, DebugLog.to(settings.debugLog()));
    });
  }

  private static boolean namesCommits(String[] args) {
    for (String a : args) {
      if (a.equals("--commit") || a.equals("--range") || a.startsWith("--commit=") || a.startsWith("--range=")) {
        return true;
      }
    }
    return false;
  }

  static int run(String[] args, PrintStream out, PrintStream err, Env env,
      Function<Env, Optional<ReviewEngine>> engines) {
    ReviewOptions options = ReviewOptions.parse(args);
    if (options.help()) {
      out.print(Usage.REVIEW);
      return ExitCode.OK;
    }
    Settings settings = Settings.from(env);
    ChangeReview review = new ChangeReview(env, Clock.systemUTC(), UsageLog.in(settings.stateDir()));
    ChangeReview.Target target;
    try {
      target = review.target(directory(options.repo()), options.base());
    } catch (ReviewTargetException e) {
      return error(err, e.getMessage());
    }
    if (!settings.codeReview()) {
      return error(err, "LLM reviews are turned off (ENABLE_CODE_SECURITY_REVIEW=0)");
    }
    Optional<ReviewEngine> engine = engines.apply(env);
    if (engine.isEmpty()) {
      return error(err, NO_CREDENTIALS);
    }
    FinishedReview<ChangeReview.Target> outcome = review.run(target, engine.get());
    if (outcome.scope().outcome() == ScopeOutcome.TOO_MANY_FILES) {
      // A CI gate must not pass silently because a change is too large to review.
      return error(err, "too many changed files to review (" + outcome.scope().metrics().get("diff_files_count")
          + "); review a smaller range or raise MAX_DIFF_FILES");
    }
    if (outcome.result().orElse(null) instanceof ReviewResult.Unavailable u) {
      int status = u.error().httpStatus();
      return error(err, "review unavailable (" + u.error().reason().name().toLowerCase(java.util.Locale.ROOT)
          + (status > 0 && status != 200 ? ", HTTP " + status : "") + "); no verdict, nothing was reviewed");
    }
    ReviewReport report = new ReviewReport(outcome, Version.current());
    out.print(switch (options.format()) {
      case TEXT -> report.text();
      case JSON -> report.json();
      case SARIF -> ReviewSarif.render(report.findings(), Version.current());
    });
    if (options.format() != ReviewOptions.Format.TEXT) {
      err.println("security-guidance review: " + report.summaryLine());
    }
    return report.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static Path directory(String raw) throws ReviewTargetException {
    try {
      return Path.of(raw).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ReviewTargetException("not a path: " + raw);
    }
  }

  private static int error(PrintStream err, String message) {
    err.println("security-guidance review: " + message);
    return ERROR;
  }
}

package org.securityguidance.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.config.Settings;
import org.securityguidance.flow.ReviewTargetException;
import org.securityguidance.flow.FinishedReview;
import org.securityguidance.flow.CommitRangeReview;
import org.securityguidance.flow.CommitReviewer;
import org.securityguidance.flow.CommitReviewers;
import org.securityguidance.flow.ReviewResult;
import org.securityguidance.review.scope.ScopeOutcome;
import org.securityguidance.state.DebugLog;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.UsageLog;

/**
 * {@code review --commit REV | --range A..B [--format text|json] [--repo DIR]}: the commit and push hooks' reviewer
 * run by hand or in CI. Exit 0 clean (or nothing reviewable), 1 findings, 2 error — bad command line, no
 * credentials, not a repository, unknown revision, too many files, or a review without a verdict (never "clean").
 */
public final class CommitReviewCommand {
  /** Any error. */
  static final int ERROR = 2;

  static final String USAGE = """
      Usage: security-guidance review --commit REV [--format text|json] [--repo DIR]
             security-guidance review --range A..B [--format text|json] [--repo DIR]

      Reviews committed work with the reviewer of the commit and push hooks.

      Options:
        --commit REV     one commit's changes (a merge: against its first parent)
        --range A..B     the net change from A to B (A...B: from their merge base)
        --format FORMAT  text (default) or json; the report goes to stdout
        --repo DIR       the repository (default: the current directory)
        --help           print this help

      Needs ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN (or CLAUDE_CODE_USE_BEDROCK / _VERTEX / _FOUNDRY with the
      claude CLI). Each review is recorded in the local usage log (see 'security-guidance usage'); nothing else is
      written. Exit codes: 0 no findings or nothing to review, 1 findings, 2 error (bad options, no credentials,
      not a repository, unknown revision, too many files, review unavailable).
      """;

  private CommitReviewCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err, Env env) {
    return run(args, out, err, env, e -> {
      Settings settings = Settings.from(e);
      return CommitReviewers.fromEnv(e, settings, DebugLog.to(settings.debugLog(), Clock.systemDefaultZone()));
    });
  }

  static int run(String[] args, PrintStream out, PrintStream err, Env env,
      Function<Env, Optional<CommitReviewer>> reviewers) {
    CommitReviewOptions options;
    try {
      options = CommitReviewOptions.parse(args);
    } catch (UsageException e) {
      return error(err, e.getMessage());
    }
    if (options.help()) {
      out.print(USAGE);
      return ExitCode.OK;
    }
    Settings settings = Settings.from(env);
    CommitRangeReview review = new CommitRangeReview(env, Clock.systemUTC(), UsageLog.in(settings.stateDir()));
    CommitRangeReview.Target target;
    try {
      Path dir = Path.of(options.repo()).toAbsolutePath().normalize();
      target = options.commit() != null ? review.commit(dir, options.commit()) : review.range(dir, options.range());
    } catch (ReviewTargetException e) {
      return error(err, e.getMessage());
    } catch (InvalidPathException e) {
      return error(err, "not a path: " + options.repo());
    }
    if (!settings.codeReview()) {
      return error(err, "LLM reviews are turned off (ENABLE_CODE_SECURITY_REVIEW=0)");
    }
    Optional<CommitReviewer> reviewer = reviewers.apply(env);
    if (reviewer.isEmpty()) {
      return error(err, ReviewCommand.NO_CREDENTIALS);
    }
    return report(review.run(target, reviewer.get()), options, out, err);
  }

  private static int report(FinishedReview<CommitRangeReview.Target> outcome, CommitReviewOptions options, PrintStream out,
      PrintStream err) {
    if (outcome.scope().outcome() == ScopeOutcome.TOO_MANY_FILES) {
      return error(err, "too many changed files to review (" + outcome.scope().metrics().get("diff_files_count")
          + "); review a smaller range or raise MAX_DIFF_FILES");
    }
    if (outcome.result().orElse(null) instanceof ReviewResult.Unavailable u) {
      int status = u.error().httpStatus();
      return error(err, "review unavailable (" + u.error().reason().name().toLowerCase(Locale.ROOT)
          + (status != 0 && status != 200 ? ", HTTP " + status : "") + "); no verdict, nothing was reviewed");
    }
    CommitReviewReport report = new CommitReviewReport(outcome, Version.current());
    out.print(options.json() ? report.json() : report.text());
    if (options.json()) {
      err.println("security-guidance review: " + report.summaryLine());
    }
    return report.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static int error(PrintStream err, String message) {
    err.println("security-guidance review: " + ReviewReport.clean(message));
    return ERROR;
  }
}

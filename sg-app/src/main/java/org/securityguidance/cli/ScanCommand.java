package org.securityguidance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import org.securityguidance.report.ConsoleProgress;
import org.securityguidance.report.ReportFormat;
import org.securityguidance.report.ReportOutput;
import org.securityguidance.report.ReportWriter;
import org.securityguidance.config.Settings;
import org.securityguidance.git.Git;
import org.securityguidance.scan.ActiveRules;
import org.securityguidance.scan.GitRepositoryFiles;
import org.securityguidance.scan.RepositoryFiles;
import org.securityguidance.scan.ScanInputException;
import org.securityguidance.scan.ScanPlan;
import org.securityguidance.scan.ScanPlanner;
import org.securityguidance.scan.ScanProgress;
import org.securityguidance.scan.ScanResult;
import org.securityguidance.scan.ScanRules;
import org.securityguidance.scan.Scanner;
import org.securityguidance.scan.SourceFile;
import org.securityguidance.sys.Env;

/**
 * {@code security-guidance scan}: plan the file list, load the rules for the scan root, scan on all cores, render
 * one report to stdout or a file. Exit 0 clean, 1 findings, 2 usage, 3 when the engine failed on any file.
 */
final class ScanCommand {
  private ScanCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, Env env) throws IOException, InterruptedException {
    ScanOptions options = ScanOptionsParser.parse(args, Runtime.getRuntime().availableProcessors());
    if (options.help()) {
      out.print(Usage.SCAN);
      return ExitCode.OK;
    }
    boolean terminal = System.console() != null && options.progress();
    ScanProgress progress = terminal ? ConsoleProgress.onTerminal(err) : ScanProgress.NONE;
    Setup setup = new Setup(Path.of("").toAbsolutePath(), productionGit(env), root -> productionRules(root, env, err));
    return execute(options, setup, out, err, progress);
  }

  /** Where a scan runs and where it gets its files and rules; tests pass their own. */
  record Setup(Path cwd, RepositoryFiles git, Function<Path, ActiveRules> rules) {}

  static int execute(ScanOptions options, Setup setup, PrintStream out, PrintStream err, ScanProgress progress)
      throws IOException, InterruptedException {
    ScanPlan plan;
    try {
      plan = new ScanPlanner(setup.git()).plan(setup.cwd(), options.paths());
    } catch (ScanInputException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("security-guidance scan: cannot list files: " + e.getMessage());
      return ExitCode.INTERNAL;
    }
    Path output = options.output() == null ? null : outputTarget(options.output(), setup.cwd(), plan);
    ActiveRules rules = setup.rules().apply(plan.root());
    ScanResult scanned = new Scanner(rules.matcher(), options.maxFileSize(), options.jobs())
        .scan(plan.root(), rules.rules(), plan.files(), progress);
    ScanResult result = new ScanResult(scanned.root(), scanned.rules(), scanned.findings(),
        scanned.stats().plusUnreadable(plan.unlistable()), scanned.failures(), scanned.elapsed());
    String report = ReportWriter.of(options.format(), Version.current()).render(result);
    if (output == null) {
      out.print(report);
      out.flush();
    } else {
      write(output, report);
      if (options.format() != ReportFormat.TEXT) {
        err.println(ReportWriter.summaryLine(result));
      }
    }
    for (String failure : result.failures()) {
      err.println("security-guidance scan: rule engine failed on " + failure);
    }
    if (!result.failures().isEmpty()) {
      return ExitCode.INTERNAL;
    }
    return result.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /**
   * The absolute report path, refused when it names a directory, lies in a missing directory, or is one of the
   * files this scan reads (a report must never overwrite its input).
   */
  static Path outputTarget(String output, Path cwd, ScanPlan plan) {
    Path target;
    try {
      target = cwd.resolve(output).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new UsageException("--output is not a valid path: " + output);
    }
    if (Files.isDirectory(target)) {
      throw new UsageException("--output names a directory: " + output);
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException("--output directory does not exist: " + output);
    }
    Path real;
    try {
      real = Files.exists(target) ? target.toRealPath() : parent.toRealPath().resolve(target.getFileName());
    } catch (IOException e) {
      throw new UsageException("--output cannot be resolved: " + output);
    }
    for (SourceFile file : plan.files()) {
      if (file.file().toAbsolutePath().normalize().equals(real)) {
        throw new UsageException("refusing to overwrite scanned file " + output
            + " with the report; write it outside the scanned paths or to a git-ignored file");
      }
    }
    return real;
  }

  private static void write(Path output, String report) {
    try {
      ReportOutput.writeAtomically(output, report);
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getClass().getSimpleName());
    }
  }

  private static RepositoryFiles productionGit(Env env) {
    return new GitRepositoryFiles(Git.local(env));
  }

  /** The catalog plus user rules for {@code root}, minus SG_DISABLE_RULES; loader notes go to stderr. */
  static ActiveRules productionRules(Path root, Env env, PrintStream err) {
    Settings settings = Settings.from(env);
    return ScanRules.load(root, settings.home(), settings.disabledRules(),
        note -> err.println("security-guidance: " + note));
  }
}

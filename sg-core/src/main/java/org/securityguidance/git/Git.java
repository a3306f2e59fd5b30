package org.securityguidance.git;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/**
 * Runs git with a hardened argv prefix and environment, and answers the small repository questions every flow asks.
 *
 * <p>Design note: all git invocations of the project go through {@link #run}. Each call names a {@link GitTimeout};
 * no call throws: callers get a {@link ProcessResult} or an empty {@link Optional} ("not a repo, or git failed") and
 * fail open. Output is bytes decoded as UTF-8 with replacement (#2056, #2099), and paths come back unquoted
 * (#2082) because of {@code core.quotePath=false}.
 */
public final class Git {
  /**
   * The prefix of every git command line. Each {@code -c} overrides a user/repo setting that broke or endangered
   * the original plugin.
   */
  static final List<String> HARDENED_PREFIX = List.of(
      "git",
      // A configured fsmonitor is a command (or daemon) git would start on our behalf: never from a hook.
      "-c", "core.fsmonitor=false",
      // We never want repository hooks to run as a side effect of our read-only calls.
      "-c", "core.hooksPath=/dev/null",
      // #2082: with quoting on, non-ASCII paths come back as "a/\303\201vila/..." and were silently dropped.
      "-c", "core.quotePath=false",
      // #4569: mnemonic or missing a/ b/ prefixes in diff headers made the diff parser see zero files (skip 7).
      "-c", "diff.mnemonicPrefix=false",
      "-c", "diff.noprefix=false",
      // Same family as #4569 on git >= 2.45 (older versions ignore unknown keys).
      "-c", "diff.srcPrefix=a/",
      "-c", "diff.dstPrefix=b/",
      // A user's log.showSignature would run gpg and splice its output into `git show` text.
      "-c", "log.showSignature=false",
      "-c", "color.ui=false");

  /** Repository-locating variables inherited from a parent git process would point git at the wrong repository. */
  private static final List<String> STRIPPED_VARIABLES = List.of(
      "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
      "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_EXTERNAL_DIFF");

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private final ProcessRunner runner;
  private final Map<String, String> environment;

  /** A git runner whose children see {@code env} plus the hardening variables. */
  public Git(ProcessRunner runner, Env env) {
    this.runner = runner;
    this.environment = hardenedEnvironment(env.asMap());
  }

  /** Git through the real process runner. */
  public static Git local(Env env) {
    return new Git(ProcessRunner.local(), env);
  }

  /** The full argv for {@code git <args>} with the hardened prefix. */
  public static List<String> argv(List<String> args) {
    List<String> argv = new ArrayList<>(HARDENED_PREFIX.size() + args.size());
    argv.addAll(HARDENED_PREFIX);
    argv.addAll(args);
    return argv;
  }

  /** The environment every git child gets (for callers building their own {@link ProcessRequest}). */
  public Map<String, String> environment() {
    return environment;
  }

  /** Runs {@code git <args>} in {@code dir}; never throws. */
  public ProcessResult run(Path dir, GitTimeout timeout, String... args) {
    return run(dir, timeout, Arrays.asList(args));
  }

  /** Runs {@code git <args>} in {@code dir}; never throws. */
  public ProcessResult run(Path dir, GitTimeout timeout, List<String> args) {
    return run(ProcessRequest.of(argv(args), dir, timeout.duration()));
  }

  /** Runs a request whose argv already carries {@link #argv}; the environment is replaced by {@link #environment}. */
  public ProcessResult run(ProcessRequest request) {
    return runner.run(request.withEnvironment(environment));
  }

  /** The working-tree root containing {@code cwd}; empty when not in a work tree or git failed. */
  public Optional<Path> topLevel(Path cwd) {
    return singleLine(run(cwd, GitTimeout.LOOKUP, "rev-parse", "--show-toplevel")).flatMap(Git::toPath);
  }

  /**
   * The git common dir (shared by linked worktrees), asked from the top-level; a relative answer is joined to the
   * top-level (spec §2.5).
   */
  public Optional<Path> commonDir(Path cwd) {
    Optional<Path> top = topLevel(cwd);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    return singleLine(run(top.get(), GitTimeout.LOOKUP, "rev-parse", "--git-common-dir"))
        .flatMap(Git::toPath)
        .map(p -> top.get().resolve(p).normalize());
  }

  /** The full object id of HEAD; empty when not a repo or there are no commits yet. */
  public Optional<String> headSha(Path cwd) {
    return revParseVerify(cwd, "HEAD");
  }

  /**
   * The full object id {@code rev} names ({@code rev-parse --verify -q}); empty when it does not resolve. A
   * {@code rev} starting with {@code -} is refused rather than passed on as an option.
   */
  public Optional<String> revParseVerify(Path cwd, String rev) {
    if (rev == null || rev.isEmpty() || rev.startsWith("-") || rev.length() > 1024) {
      return Optional.empty();
    }
    return singleLine(run(cwd, GitTimeout.LOOKUP, "rev-parse", "--verify", "-q", rev))
        .filter(s -> OBJECT_ID.matcher(s).matches());
  }

  /** The only line of a successful result's stdout, without its line terminator; empty when absent. */
  static Optional<String> singleLine(ProcessResult result) {
    if (!result.ok() || result.truncated()) {
      return Optional.empty();
    }
    String out = result.stdout();
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
      end--;
    }
    String line = out.substring(0, end);
    return line.isEmpty() || line.indexOf('\n') >= 0 ? Optional.empty() : Optional.of(line);
  }

  private static Optional<Path> toPath(String text) {
    try {
      return Optional.of(Path.of(text));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> hardenedEnvironment(Map<String, String> base) {
    Map<String, String> env = new HashMap<>(base);
    STRIPPED_VARIABLES.forEach(env::remove);
    env.put("GIT_TERMINAL_PROMPT", "0"); // never wait for credentials on a hook's closed stdin
    env.put("GCM_INTERACTIVE", "never"); // Git Credential Manager's own prompt switch
    env.put("GIT_PAGER", "cat");
    env.put("PAGER", "cat");
    env.put("LC_ALL", "C"); // stable English messages for the few places we parse them
    env.put("LANGUAGE", "C");
    // Read-only calls (status, stash create) otherwise take index.lock and can make the user's own concurrent
    // `git commit` fail with "index.lock exists".
    env.put("GIT_OPTIONAL_LOCKS", "0");
    return Map.copyOf(env);
  }
}

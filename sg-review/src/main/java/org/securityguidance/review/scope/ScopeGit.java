package org.securityguidance.review.scope;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRequest;
import org.securityguidance.sys.ProcessResult;
import org.securityguidance.sys.ProcessRunner;

/**
 * The scope package's view of git: sg-core's hardened {@link Git}, plus the two things it does not offer — a run
 * against a scratch index ({@code GIT_INDEX_FILE}, which {@link Git} deliberately strips) and NUL-field splitting.
 */
final class ScopeGit {
  private final Git git;
  private final ProcessRunner runner;

  ScopeGit(ProcessRunner runner, Env env) {
    this.git = new Git(runner, env);
    this.runner = runner;
  }

  Git git() {
    return git;
  }

  /**
   * Runs {@code git <args>} in {@code dir}; {@code --literal-pathspecs} goes first so a file named {@code *.py} or
   * {@code :(exclude)x} is only ever itself.
   */
  ProcessResult run(Path dir, GitTimeout timeout, List<String> args) {
    return git.run(dir, timeout, literal(args));
  }

  /** Like {@link #run} with {@code GIT_INDEX_FILE} pointing at {@code indexFile}. */
  ProcessResult runWithIndex(Path dir, GitTimeout timeout, Path indexFile, List<String> args) {
    Map<String, String> env = new HashMap<>(git.environment());
    env.put("GIT_INDEX_FILE", indexFile.toAbsolutePath().toString());
    ProcessRequest request = ProcessRequest.of(Git.argv(literal(args)), dir, timeout.duration());
    return runner.run(request.withEnvironment(env));
  }

  /** Like {@link #run} with these bytes on stdin. */
  ProcessResult runWithStdin(Path dir, GitTimeout timeout, byte[] stdin, List<String> args) {
    ProcessRequest request = ProcessRequest.of(Git.argv(literal(args)), dir, timeout.duration());
    return git.run(request.withStdin(stdin));
  }

  /** The NUL-terminated fields of a successful result, decoded as UTF-8 with replacement; a cut-off tail is dropped. */
  static List<String> nulFields(ProcessResult result) {
    byte[] bytes = result.stdoutBytes();
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < bytes.length && !result.truncated()) {
      out.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Non-empty NUL fields: git's {@code -z} path lists. */
  static List<String> nulPaths(ProcessResult result) {
    List<String> out = new ArrayList<>();
    for (String f : nulFields(result)) {
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> literal(List<String> args) {
    List<String> out = new ArrayList<>(args.size() + 1);
    out.add("--literal-pathspecs");
    out.addAll(args);
    return out;
  }
}

package org.securityguidance.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Did the Bash call really create a commit (spec §2.5.1 steps 2–3)? The tool response has no exit code, so success
 * needs both a {@code [branch sha]} line and a git-only diffstat signal (husky and pre-commit print
 * {@code [pre-commit abc1234]}-like labels; {@code git commit || git log --stat} prints "files changed"). Without
 * them, fresh unreviewed commit entries in the HEAD reflog still count (quiet or piped commits).
 */
final class CommitSuccess {
  /** Why a commit was judged unsuccessful: the {@code skip_21_sub} metric. */
  enum Failure {
    INTERRUPTED(1),
    FRESH_BUT_REVIEWED(2),
    ONLY_STALE(3),
    NO_COMMIT_ENTRIES(4);

    final int code;

    Failure(int code) {
      this.code = code;
    }
  }

  static final int MAX_OUTPUT_CHARS = 1024 * 1024;
  static final long REFLOG_FRESH_SECONDS = 120;
  static final int REFLOG_ENTRIES = 5;

  private static final Pattern SHA_LINE = Pattern.compile("^\\[[^\\]\\n]{0,200}?\\b([0-9a-f]{7,40})\\]",
      Pattern.MULTILINE);
  private static final Pattern DIFFSTAT = Pattern.compile(
      "\\b\\d{1,9} files? changed|^ (?:create mode|delete mode|rename) ", Pattern.MULTILINE);

  private CommitSuccess() {}

  /** True when the tool output shows a commit line and a diffstat. */
  static boolean outputShowsCommit(String stdout, String stderr) {
    String text = bounded(stdout) + "\n" + bounded(stderr);
    return SHA_LINE.matcher(text).find() && DIFFSTAT.matcher(text).find();
  }

  /** Why no fresh, unreviewed commit is in the reflog; empty when there is one (the commit succeeded). */
  static Optional<Failure> reflogFailure(Git git, Path cwd, long nowSeconds) {
    ProcessResult r = git.run(cwd, GitTimeout.LOOKUP, "reflog", "show", "-n", String.valueOf(REFLOG_ENTRIES),
        "--date=unix", "--format=%H%x09%gd%x09%gs", "HEAD");
    if (!r.ok()) {
      return Optional.of(Failure.NO_COMMIT_ENTRIES);
    }
    List<String> fresh = new ArrayList<>();
    boolean anyCommit = false;
    for (String line : r.stdout().split("\n")) {
      String[] f = line.split("\t", 3);
      if (f.length < 3 || !f[2].startsWith("commit")) {
        continue;
      }
      anyCommit = true;
      long stamp = stampOf(f[1]);
      if (stamp > 0 && nowSeconds - stamp <= REFLOG_FRESH_SECONDS) {
        fresh.add(f[0]);
      }
    }
    if (!anyCommit) {
      return Optional.of(Failure.NO_COMMIT_ENTRIES);
    }
    if (fresh.isEmpty()) {
      return Optional.of(Failure.ONLY_STALE);
    }
    Set<String> reviewed = reviewedShas(git, cwd);
    return fresh.stream().allMatch(reviewed::contains) ? Optional.of(Failure.FRESH_BUT_REVIEWED) : Optional.empty();
  }

  /** {@code HEAD@{1732550000}} → 1732550000, or 0. */
  private static long stampOf(String selector) {
    int open = selector.indexOf("@{");
    int close = selector.lastIndexOf('}');
    try {
      return open >= 0 && close > open ? Long.parseLong(selector.substring(open + 2, close)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** First column of {@code <git-common-dir>/sg-reviewed-shas}; empty when absent or unreadable. */
  private static Set<String> reviewedShas(Git git, Path cwd) {
    Set<String> shas = new HashSet<>();
    Optional<Path> common = git.commonDir(cwd);
    if (common.isPresent()) {
      try {
        for (String line : Files.readAllLines(common.get().resolve("sg-reviewed-shas"), StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          shas.add(tab < 0 ? line.strip() : line.substring(0, tab));
        }
      } catch (IOException | RuntimeException e) {
        // No reviewed-SHA log yet: nothing is reviewed.
      }
    }
    return shas;
  }

  private static String bounded(String s) {
    return s.length() > MAX_OUTPUT_CHARS ? s.substring(s.length() - MAX_OUTPUT_CHARS) : s;
  }
}

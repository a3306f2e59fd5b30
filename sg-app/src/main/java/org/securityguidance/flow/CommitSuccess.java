package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.git.Git;
import org.securityguidance.git.GitTimeout;
import org.securityguidance.sys.ProcessResult;

/**
 * Did the Bash call really create a commit, and which (spec §2.5.1 steps 2–5, §6.2)? The tool response has no exit
 * code, so success needs both a {@code [branch sha]} line and a git-only diffstat signal (husky and pre-commit print
 * {@code [pre-commit abc1234]}-like labels; {@code git commit || git log --stat} prints "files changed"). Without
 * them, fresh commit entries in the HEAD reflog still count (quiet or piped commits). Commits already in the
 * reviewed-commit record are never reviewed again.
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

  /**
   * The outcome of detection.
   *
   * @param failure why it did not commit, or null when it did
   * @param shas commits to review, newest first (abbreviated from the output, full from the reflog)
   * @param viaReflog found in the reflog rather than in the output
   * @param shaLines distinct {@code [branch sha]} ids in the output
   */
  record Detection(Failure failure, List<String> shas, boolean viaReflog, int shaLines) {
    Detection {
      shas = List.copyOf(shas);
    }

    static Detection failed(Failure failure) {
      return new Detection(failure, List.of(), false, 0);
    }

    boolean succeeded() {
      return failure == null;
    }
  }

  static final int MAX_OUTPUT_CHARS = 1024 * 1024;
  static final long REFLOG_FRESH_SECONDS = 120;
  static final int REFLOG_ENTRIES = 5;
  /** More ids than this in one output is not a commit command's output; only the newest are kept. */
  static final int MAX_SHAS = 5;

  private static final Pattern SHA_LINE = Pattern.compile("^\\[[^\\]\\n]{0,200}?\\b([0-9a-f]{7,40})\\]",
      Pattern.MULTILINE);
  private static final Pattern DIFFSTAT = Pattern.compile(
      "\\b\\d{1,9} files? changed|^ (?:create mode|delete mode|rename) ", Pattern.MULTILINE);

  private CommitSuccess() {}

  /**
   * Detects the commit(s) of one Bash call that was not interrupted (an interrupted one is sub-code 1 up front).
   *
   * @param dir where the commit ran (the reflog is read there), or null when unknown
   * @param reviewed the repository's reviewed-commit record, or null outside a repository
   */
  static Detection detect(String stdout, String stderr, Git git, Path dir, ReviewedCommits reviewed,
      long nowSeconds) {
    String text = bounded(stdout) + "\n" + bounded(stderr);
    if (SHA_LINE.matcher(text).find() && DIFFSTAT.matcher(text).find()) {
      List<String> shas = outputShas(text);
      List<String> fresh = shas.stream().filter(s -> reviewed == null || !reviewed.contains(s)).toList();
      return fresh.isEmpty() ? Detection.failed(Failure.FRESH_BUT_REVIEWED)
          : new Detection(null, fresh, false, shas.size());
    }
    if (dir == null) {
      return Detection.failed(Failure.NO_COMMIT_ENTRIES);
    }
    return fromReflog(git, dir, reviewed, nowSeconds);
  }

  /** Distinct {@code [branch sha]} ids, newest (last printed) first. */
  static List<String> outputShas(String text) {
    List<String> shas = new ArrayList<>();
    Matcher m = SHA_LINE.matcher(text);
    while (m.find()) {
      shas.remove(m.group(1));
      shas.add(0, m.group(1));
    }
    return shas.subList(0, Math.min(shas.size(), MAX_SHAS));
  }

  /** Fresh (≤ 120 s) commit entries of the HEAD reflog that were not reviewed yet, newest first. */
  private static Detection fromReflog(Git git, Path dir, ReviewedCommits reviewed, long nowSeconds) {
    ProcessResult r = git.run(dir, GitTimeout.LOOKUP, "reflog", "show", "-n", String.valueOf(REFLOG_ENTRIES),
        "--date=unix", "--format=%H%x09%gd%x09%gs", "HEAD");
    if (!r.ok()) {
      return Detection.failed(Failure.NO_COMMIT_ENTRIES);
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
      if (stamp > 0 && nowSeconds - stamp <= REFLOG_FRESH_SECONDS && !fresh.contains(f[0])) {
        fresh.add(f[0]);
      }
    }
    if (!anyCommit) {
      return Detection.failed(Failure.NO_COMMIT_ENTRIES);
    }
    if (fresh.isEmpty()) {
      return Detection.failed(Failure.ONLY_STALE);
    }
    List<String> unreviewed = fresh.stream().filter(s -> reviewed == null || !reviewed.contains(s)).toList();
    return unreviewed.isEmpty() ? Detection.failed(Failure.FRESH_BUT_REVIEWED)
        : new Detection(null, unreviewed, true, 0);
  }

  /**
   * The commit an amend replaced, when HEAD's newest reflog entry is the amend that produced {@code post} (spec
   * §6.3): guards against {@code cd ../other && git commit --amend} and against an amend made by someone else.
   */
  static Optional<String> amendedFrom(Git git, Path dir, String post) {
    ProcessResult r = git.run(dir, GitTimeout.LOOKUP, "reflog", "show", "-n", "2", "--format=%H%x09%gs", "HEAD");
    if (!r.ok()) {
      return Optional.empty();
    }
    String[] lines = r.stdout().split("\n");
    if (lines.length < 2) {
      return Optional.empty();
    }
    String[] now = lines[0].split("\t", 2);
    String[] before = lines[1].split("\t", 2);
    boolean amend = now.length == 2 && now[1].startsWith("commit (amend)") && now[0].startsWith(post);
    return amend && before.length == 2 && before[0].matches("[0-9a-f]{40}|[0-9a-f]{64}")
        ? Optional.of(before[0]) : Optional.empty();
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

  private static String bounded(String s) {
    return s.length() > MAX_OUTPUT_CHARS ? s.substring(s.length() - MAX_OUTPUT_CHARS) : s;
  }
}

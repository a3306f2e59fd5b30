package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.git.BashCommand.Classification;
import org.securityguidance.git.BashCommand.Kind;

class BashCommandTest {
  private static final Kind C = Kind.COMMIT;
  private static final Kind P = Kind.PUSH;
  private static final Kind N = Kind.NONE;

  /** Spec §2.5 verified classifications that we keep. */
  static Stream<Arguments> specAgreed() {
    return Stream.of(
        row("git commit -m x", C, false),
        row("git -C /r commit", C, false),
        row("git -c k=v commit -S", C, false),
        row("git --git-dir=/x commit", C, false),
        row("cd x && git commit", C, false),
        row("gt create", C, false),
        row("gt modify", C, true),
        row("git commit --amend", C, true),
        row("gt submit", P, false),
        row("git push", P, false),
        row("git -C r push", P, false),
        row("git log && git push", P, false),
        row("gtoolkit create", N, false),
        row("agt create", N, false),
        row("gh pr create", N, false),
        row("git status", N, false));
  }

  /** Deliberate deviations from the spec's regex results (tokenised argv instead of a text search). */
  static Stream<Arguments> deliberateDeviations() {
    return Stream.of(
        row("git commit-tree", N, false), // spec: commit (\b matched before '-'); commit-tree is plumbing
        row("echo git commit", N, false), // spec: commit (unanchored search); echo runs nothing
        row("git -C \"/a b\" commit", C, false)); // spec: nothing (quoted space defeated \S+)
  }

  /** Shell shapes the regex could not see or misread. */
  static Stream<Arguments> shellShapes() {
    return Stream.of(
        row("git commit -m x && git push", C, false),
        row("git push; git commit -am wip", C, false),
        row("git add . && git commit -m 'feat: x' || echo failed", C, false),
        row("git status | cat; git push origin main", P, false),
        row("(cd sub && git commit -m x)", C, false),
        row("if git commit -m x; then git push; fi", C, false),
        row("FOO=1 GIT_AUTHOR_NAME=x git commit -m y", C, false),
        row("env -u X GIT_EDITOR=true git commit --amend --no-edit", C, true),
        row("timeout 60 git push origin HEAD", P, false),
        row("command git push", P, false),
        row("/usr/bin/git commit -m x", C, false),
        row("git.exe commit -m x", C, false),
        row("git --no-pager -c user.name=a --work-tree /w --git-dir /g commit -q", C, false),
        row("git -C 'dir with spaces' push", P, false),
        row("bash -c 'git commit -m x'", C, false),
        row("sh -lc \"git push\"", P, false),
        row("eval git push", P, false),
        row("echo \"$(git commit -m x)\"", C, false),
        row("x=`git push`", P, false),
        row("git commit -m \"$(cat <<'EOF'\nFix \"quoted\" thing\n\ngit push from the message body\nEOF\n)\"", C,
            false),
        row("git commit -F - <<EOF\nmessage\ngit push\nEOF\ngit log", C, false),
        row("git commit -m 'x' 2>&1 | tail -5", C, false),
        row("git commit -m '--amend'", C, false),
        row("git commit -am --amend", C, false),
        row("git commit --amen", C, true),
        row("git commit -m x -- --amend", C, false),
        row("git commit --dry-run", N, false),
        row("git push --dry-run", N, false),
        row("git push -n origin main", N, false),
        row("git commit -n -m x", C, false), // -n is --no-verify for commit
        row("git commit --help", N, false),
        row("git help commit", N, false),
        row("git log --grep 'git commit'", N, false),
        row("echo 'git push'", N, false),
        row("printf '%s' \"git commit\"", N, false),
        row("# git commit\nls", N, false),
        row("git show HEAD:git-commit.txt", N, false),
        row("gt modify -c -m msg", C, false),
        row("gt modify -cam 'msg'", C, false),
        row("gt modify -a -m 'msg -c'", C, true),
        row("gt m -a", C, true),
        row("gt c -am x", C, false),
        row("gt ss", P, false),
        row("gt --cwd /r submit --stack", P, false),
        row("git commit\\\n  -m x", C, false),
        row("", N, false),
        row("git", N, false),
        row("git -C", N, false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource({"specAgreed", "deliberateDeviations", "shellShapes"})
  void classifies(String command, Kind kind, boolean amend) {
    Classification c = BashCommand.classify(command);

    assertThat(c.kind()).as(command).isEqualTo(kind);
    assertThat(c.amend()).as("amend of " + command).isEqualTo(amend);
  }

  @Test
  void countsEveryCommitAndPushInvocation() {
    Classification c = BashCommand.classify("git commit -m a && git commit --amend -m b && git push && gt submit");

    assertThat(c.commits()).isEqualTo(2);
    assertThat(c.pushes()).isEqualTo(2);
    assertThat(c.amend()).isTrue();
    assertThat(c.isCommit()).isTrue();
    assertThat(c.isPush()).isTrue();
  }

  @Test
  void nullIsNone() {
    assertThat(BashCommand.classify(null).kind()).isEqualTo(Kind.NONE);
  }

  @Test
  void hugeInputIsClassifiedByItsBoundedPrefixQuickly() {
    String prefix = "git commit -m x && ";
    String huge = prefix + "echo a; ".repeat(200_000) + "git push";

    Classification c = BashCommand.classify(huge);

    assertThat(c.isCommit()).isTrue();
    assertThat(c.isPush()).isFalse(); // beyond the 64 KiB bound
  }

  @Test
  void deepNestingAndUnbalancedQuotesDoNotBreakTheTokeniser() {
    String deep = "echo " + "$(".repeat(20_000) + "git push" + ")".repeat(20_000);
    assertThat(BashCommand.classify(deep).kind()).isIn(Kind.NONE, Kind.PUSH);
    assertThat(BashCommand.classify("git commit -m \"unterminated").kind()).isEqualTo(Kind.COMMIT);
    assertThat(BashCommand.classify("git push 'unterminated").kind()).isEqualTo(Kind.PUSH);
    assertThat(BashCommand.classify("$(git push").kind()).isEqualTo(Kind.PUSH);
    assertThat(BashCommand.classify("echo \\").kind()).isEqualTo(Kind.NONE);
  }

  private static Arguments row(String command, Kind kind, boolean amend) {
    return Arguments.of(command, kind, amend);
  }
}

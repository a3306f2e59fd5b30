package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securityguidance.git.BashCommand.Kind;
import org.securityguidance.git.CommandTargets.Target;

class CommandTargetsTest {
  static Stream<Arguments> lastCommitDirectory() {
    return Stream.of(
        Arguments.of("git commit -m x", ""),
        Arguments.of("git -C /r commit -m x", "/r"),
        Arguments.of("git -C sub -C deeper commit", "sub/deeper"),
        Arguments.of("git -c user.name=x -C sub commit", "sub"),
        Arguments.of("cd sub && git commit -m x", "sub"),
        Arguments.of("cd a; cd b && git -C c commit", "a/b/c"),
        Arguments.of("cd /abs && git commit", "/abs"),
        Arguments.of("cd a && git -C /abs commit", "/abs"),
        Arguments.of("git -C \"/a b\" commit", "/a b"),
        Arguments.of("gt --cwd stack create -m x", "stack"),
        Arguments.of("bash -c 'cd sub && git commit -m x'", "sub"),
        Arguments.of("cd \"$REPO\" && git commit -m x", null),
        Arguments.of("cd - && git commit", null),
        Arguments.of("cd && git commit", null),
        Arguments.of("cd ~/r && git commit", null),
        Arguments.of("cd C:\\\\r && git commit", "C:\\r"));
  }

  @ParameterizedTest
  @MethodSource
  void lastCommitDirectory(String command, String expected) {
    Target t = CommandTargets.last(CommandTargets.of(command), Kind.COMMIT);
    assertThat(t).isNotNull();
    assertThat(t.directory()).isEqualTo(expected);
  }

  @Test
  void commitAndPushOfOneCompoundAreBothListedInOrder() {
    assertThat(CommandTargets.of("cd app && git commit -m x && git -C ../lib push"))
        .containsExactly(new Target(Kind.COMMIT, "app"), new Target(Kind.PUSH, "app/../lib"));
  }

  @Test
  void commandsThatNeitherCommitNorPushAreNotTargets() {
    assertThat(CommandTargets.of("git -C x status && echo git commit && git commit-tree x")).isEmpty();
    assertThat(CommandTargets.of(null)).isEmpty();
    assertThat(CommandTargets.last(List.of(), Kind.PUSH)).isNull();
  }

  @Test
  void aChildShellsCdDoesNotMoveTheParent() {
    assertThat(CommandTargets.of("sh -c 'cd sub' && git push"))
        .containsExactly(new Target(Kind.PUSH, ""));
  }

  @Test
  void graphiteSubmitIsAPush() {
    assertThat(CommandTargets.of("gt submit --stack")).containsExactly(new Target(Kind.PUSH, ""));
  }
}

package org.securityguidance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepoTest {
  @TempDir Path tmp;

  @Test
  void aNewRepositoryIsIsolatedOnMainAndCommitsWithTheLocalIdentity() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("r"));
    repo.write("a/b.txt", "x\n");
    String head = repo.commitAll("first");

    assertThat(head).matches("[0-9a-f]{40}").isEqualTo(repo.head());
    assertThat(repo.git("rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("main");
    assertThat(repo.git("log", "-1", "--format=%an <%ae>").strip()).isEqualTo("Test <test@example.invalid>");
    assertThat(repo.environment).containsEntry("HOME", tmp.resolve("r-home").toString())
        .containsEntry("GIT_CONFIG_GLOBAL", "/dev/null").containsEntry("GIT_CONFIG_NOSYSTEM", "1");
  }

  @Test
  void aFailingGitCommandFailsTheTestWithItsArguments() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("r"), tmp.resolve("h"));

    assertThatThrownBy(() -> repo.git("rev-parse", "HEAD")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("git rev-parse HEAD: exit");
  }

  @Test
  void theClockMovesOnlyWhenTold() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    Instant before = clock.instant();
    clock.advance(Duration.ofSeconds(90));

    assertThat(clock.instant()).isEqualTo(before.plusSeconds(90));
    assertThat(clock.withZone(java.time.ZoneId.of("Europe/Paris"))).isSameAs(clock);
  }
}

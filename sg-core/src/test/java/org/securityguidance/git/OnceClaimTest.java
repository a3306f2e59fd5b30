package org.securityguidance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.git.OnceClaim.Result;

class OnceClaimTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void firstSpawnClaimsAndTheSecondIsToldToStop() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    OnceClaim once = new OnceClaim(repo.git, clock);

    assertThat(once.claim(repo.dir, "toolu_01ABC")).isEqualTo(Result.CLAIMED);
    assertThat(once.claim(repo.dir, "toolu_01ABC")).isEqualTo(Result.ALREADY_CLAIMED);
    assertThat(once.claim(repo.dir, "toolu_02XYZ")).isEqualTo(Result.CLAIMED);
    assertThat(repo.dir.resolve(".git/sg-hook-once-toolu_01ABC")).exists();
  }

  @Test
  void linkedWorktreesShareTheSentinel() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("main"));
    repo.write("a", "a");
    repo.commitAll("init");
    Path linked = tmp.resolve("linked");
    repo.git("worktree", "add", "-q", "-b", "side", linked.toString());
    OnceClaim once = new OnceClaim(repo.git, clock);

    assertThat(once.claim(linked, "id-1")).isEqualTo(Result.CLAIMED);
    assertThat(once.claim(repo.dir.resolve("."), "id-1")).isEqualTo(Result.ALREADY_CLAIMED);
  }

  @Test
  void withoutIdOrRepositoryThereIsNothingToClaim() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    OnceClaim once = new OnceClaim(repo.git, clock);

    assertThat(once.claim(repo.dir, null)).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(once.claim(repo.dir, "")).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(once.claim(null, "id")).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(once.claim(plain, "id")).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(once.claim(plain, "id")).isEqualTo(Result.NOT_APPLICABLE);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void anUnwritableCommonDirMeansProceed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("ro"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "running as root");
      OnceClaim once = new OnceClaim(TestRepo.isolatedGit(tmp), clock);

      assertThat(once.claimIn(dir, "id")).isEqualTo(Result.NOT_APPLICABLE);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void sentinelsOlderThan300SecondsAreCollectedAndYoungerOnesKept() throws IOException {
    Path common = Files.createDirectories(tmp.resolve("common"));
    Path stale = Files.createFile(common.resolve("sg-hook-once-stale"));
    Path young = Files.createFile(common.resolve("sg-hook-once-young"));
    Path unrelated = Files.createFile(common.resolve("sg-reviewed-shas"));
    Files.setLastModifiedTime(stale, FileTime.from(NOW.minusSeconds(301)));
    Files.setLastModifiedTime(young, FileTime.from(NOW.minusSeconds(299)));
    Files.setLastModifiedTime(unrelated, FileTime.from(NOW.minusSeconds(10_000)));
    OnceClaim once = new OnceClaim(TestRepo.isolatedGit(tmp), clock);

    assertThat(once.claimIn(common, "new")).isEqualTo(Result.CLAIMED);

    assertThat(stale).doesNotExist();
    assertThat(young).exists();
    assertThat(unrelated).exists();
    assertThat(once.claimIn(common, "young")).isEqualTo(Result.ALREADY_CLAIMED);
    assertThat(once.claimIn(common, "stale")).isEqualTo(Result.CLAIMED);
    assertThat(Files.getLastModifiedTime(common.resolve("sg-hook-once-new")).toInstant()).isEqualTo(NOW);
  }

  @Test
  void idsAreSanitisedAndCut() {
    assertThat(OnceClaim.sanitize("toolu_01-AZaz09")).isEqualTo("toolu_01-AZaz09");
    assertThat(OnceClaim.sanitize("../../etc/passwd")).isEqualTo("______etc_passwd");
    assertThat(OnceClaim.sanitize("a b:c.d/é")).isEqualTo("a_b_c_d__");
    assertThat(OnceClaim.sanitize("x".repeat(200))).hasSize(80);
  }

  @Test
  void hostileIdsStayInsideTheCommonDir() throws IOException {
    Path common = Files.createDirectories(tmp.resolve("a/common"));
    OnceClaim once = new OnceClaim(TestRepo.isolatedGit(tmp), clock);

    assertThat(once.claimIn(common, "../escape")).isEqualTo(Result.CLAIMED);

    assertThat(common.resolve("sg-hook-once-___escape")).exists();
    assertThat(tmp.resolve("a/escape")).doesNotExist();
  }

  @Test
  void exactlyOneOfManyConcurrentSpawnsClaims() throws Exception {
    TestRepo repo = TestRepo.init(tmp.resolve("r"));
    int threads = 24;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Result>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        // Each spawn is its own process in production: own OnceClaim, own git calls.
        OnceClaim once = new OnceClaim(repo.git, Clock.systemUTC());
        results.add(pool.submit(() -> {
          start.await();
          return once.claim(repo.dir, "toolu_race");
        }));
      }
      start.countDown();
      List<Result> outcomes = new ArrayList<>();
      for (Future<Result> f : results) {
        outcomes.add(f.get());
      }

      assertThat(outcomes).filteredOn(r -> r == Result.CLAIMED).hasSize(1);
      assertThat(outcomes).filteredOn(r -> r == Result.ALREADY_CLAIMED).hasSize(threads - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}

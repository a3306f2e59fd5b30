package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §5 C11–C13 and C16: outcomes 0, 1, 2, 5, 9, the sentinel and cooldown lifecycles, the budget. */
class BootstrapStateMachineTest {
  @TempDir Path tmp;
  BootHarness h;

  @BeforeEach
  void setUp() throws IOException {
    h = new BootHarness(tmp);
  }

  private static Map<String, Object> expected(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pv", BootHarness.PV);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1] instanceof Integer n ? (Object) n.longValue() : kv[i + 1]);
    }
    return m;
  }

  @Test
  void aFirstSessionBuildsTheArchiveAndTheNextOneFindsIt() throws IOException {
    assertThat(h.sessionStartMetrics()).containsExactlyEntriesOf(expected("boot", 2, "boot_jre", 1700,
        "boot_jre_src", 3, "boot_jvm", 1, "boot_cache_mode", 1, "boot_ms", 4000));
    assertThat(h.runner.requests).hasSize(2);
    assertThat(h.runner.requests.get(0).argv()).contains("-XX:+UseSerialGC", "-Xmx256m", "train")
        .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(h.runner.requests.get(0).timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(h.state.resolve(BootStateFiles.SENTINEL)).doesNotExist();
    String archive = JvmCacheIndex.read(h.state.resolve("jvm-cache")).get(0).archive();
    assertThat(archive).startsWith("sg-30000-").endsWith("-abcdef01.jsa");
    assertThat(BootStatus.read(h.state).orElseThrow()).containsEntry("outcome", "2").containsEntry("archive", archive)
        .containsEntry("run", "session").containsEntry("cache_mode", "1");

    h.runner.requests.clear();
    assertThat(h.sessionStartMetrics()).containsExactlyEntriesOf(expected("boot", 1, "boot_jre", 1700,
        "boot_jre_src", 3, "boot_jvm", 1, "boot_cache_mode", 1, "boot_ms", 0));
    assertThat(h.runner.requests).isEmpty();
  }

  @Test
  void jdk25UsesTheOneStepAotCacheAnd24TheTwoStepOne() {
    h.version = "25.0.3+9";
    h.release = "JAVA_VERSION=\"25.0.3\"";
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(2);
    assertThat(h.runner.requests.get(0).argv()).anyMatch(a -> a.startsWith("-XX:AOTCacheOutput="));

    h.version = "24.0.1";
    h.release = "JAVA_VERSION=\"24.0.1\"";
    h.runner.requests.clear();
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 2L).containsEntry("boot_cache_mode", 2L)
        .containsEntry("boot_jre", 2400L);
    assertThat(h.runner.requests).hasSize(3);
    assertThat(h.runner.requests.get(1).argv()).contains("-XX:AOTMode=create");
  }

  @Test
  void theKillSwitchDoesNothingAtAll() {
    h.killSwitch = true;
    assertThat(h.sessionStartMetrics()).containsExactlyEntriesOf(expected("boot", 0, "boot_jre", 1700,
        "boot_jre_src", 3, "boot_jvm", 1, "boot_cache_mode", 0, "boot_ms", 0));
    assertThat(h.runner.requests).isEmpty();
    assertThat(h.state).doesNotExist();
  }

  @Test
  void archivesOffAnotherVmOrWindowsIsReadyWithoutAnyProcess() {
    h.cacheOff = true;
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 0L).containsEntry("boot_cache_mode", 0L);
    h.cacheOff = false;
    h.vmName = "Eclipse OpenJ9 VM";
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 0L).containsEntry("boot_cache_mode", 0L)
        .containsEntry("boot_jvm", 2L);
    h.vmName = "OpenJDK 64-Bit Server VM";
    h.windows = true;
    assertThat(h.sessionStartMetrics()).as("no archives under Git Bash yet").containsEntry("boot", 0L)
        .containsEntry("boot_cache_mode", 0L).containsEntry("boot_jvm", 1L);
    assertThat(h.runner.requests).isEmpty();
  }

  @Test
  void aFreshSentinelSkipsButNeverHidesAHealthyCache() throws IOException {
    Files.createDirectories(h.state);
    Path sentinel = Files.writeString(h.state.resolve(BootStateFiles.SENTINEL), "4242-other");
    Files.setLastModifiedTime(sentinel, FileTime.from(h.clock.instant().minusSeconds(299)));
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(5);
    assertThat(h.runner.requests).isEmpty();
    assertThat(sentinel).exists();

    Files.delete(sentinel);
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(2);
    Files.writeString(sentinel, "4242-other");
    Files.setLastModifiedTime(sentinel, FileTime.from(h.clock.instant()));
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).as("NOOP probe first").isEqualTo(1);
  }

  @Test
  void aStaleSentinelIsDeletedAndTheBuildProceeds() throws IOException {
    Files.createDirectories(h.state);
    Path sentinel = Files.writeString(h.state.resolve(BootStateFiles.SENTINEL), "4242-dead");
    Files.setLastModifiedTime(sentinel, FileTime.from(h.clock.instant().minusSeconds(400)));
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(2);
    assertThat(sentinel).doesNotExist();
  }

  @Test
  void aSentinelTakenOverDuringTheBuildSurvivesOurCleanup() {
    Path sentinel = h.state.resolve(BootStateFiles.SENTINEL);
    h.runner.answer = r -> {
      if (FakeJvmRunner.isTraining(r)) {
        assertThat(sentinel).exists();
        try {
          Files.writeString(sentinel, "4242-newer-owner");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return FakeJvmRunner.healthy(r);
    };
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(2);
    assertThat(sentinel).hasContent("4242-newer-owner");
  }

  @Test
  void aSignalKillCoolsDownForADayThenRetriesOnce() {
    h.runner.answer = r -> FakeJvmRunner.exit(137, "", "");
    assertThat(h.sessionStartMetrics()).containsExactlyEntriesOf(expected("boot", 3, "boot_phase", 9,
        "boot_err", 16, "boot_rc", 137, "boot_jre", 1700, "boot_jre_src", 3, "boot_jvm", 1, "boot_cache_mode", 1,
        "boot_jre_upd", 15, "boot_ms", 2000));
    assertThat(h.state.resolve(BootStateFiles.COOLDOWN)).exists();
    assertThat(h.state.resolve(BootStateFiles.SENTINEL)).doesNotExist();

    h.runner.requests.clear();
    h.clock.advance(Duration.ofSeconds(86_399));
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 9L).doesNotContainKey("boot_phase");
    assertThat(h.runner.requests).isEmpty();

    h.clock.advance(Duration.ofSeconds(1));
    h.runner.answer = FakeJvmRunner::healthy;
    assertThat(h.run(Bootstrap.Mode.SESSION).report().outcome().code()).isEqualTo(2);
    assertThat(h.runner.requests).hasSize(2);
  }

  @Test
  void outOfMemoryCoolsDownButOwnTimeoutAndOtherFailuresDoNot() throws IOException {
    h.runner.answer = r -> FakeJvmRunner.exit(1, "", "Exception in thread \"main\" java.lang.OutOfMemoryError: "
        + "Java heap space\n");
    assertThat(h.sessionStartMetrics()).containsEntry("boot_err", 25L).doesNotContainKey("boot_rc");
    assertThat(h.state.resolve(BootStateFiles.COOLDOWN)).exists();
    Files.delete(h.state.resolve(BootStateFiles.COOLDOWN));

    h.runner.answer = r -> FakeJvmRunner.timedOut();
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 9L)
        .containsEntry("boot_err", 10L).doesNotContainKey("boot_rc");
    assertThat(h.state.resolve(BootStateFiles.COOLDOWN)).doesNotExist();

    h.runner.answer = r -> FakeJvmRunner.exit(1, "", "Error: training fixture exploded\n");
    Map<String, Object> m = h.sessionStartMetrics();
    assertThat(m).containsEntry("boot_err", 99L).containsKey("boot_stderr_sig");
    assertThat(h.state.resolve(BootStateFiles.COOLDOWN)).doesNotExist();
  }

  @Test
  void aDumpThatHotSpotReportsAsAnInitErrorIsACacheFailure() {
    // JDK 17's words when -XX:ArchiveClassesAtExit cannot write its file (seen with a full tmpfs).
    h.runner.answer = r -> FakeJvmRunner.exit(1, "security-guidance train: 14 hook runs in 1502 ms\n",
        "Error occurred during initialization of VM\nUnable to use shared archive.\n"
            + "An error has occurred while processing the shared archive file.\n"
            + "Unable to write to shared archive file.\n");
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 9L)
        .containsEntry("boot_err", 26L).doesNotContainKey("boot_stderr_sig");
    h.runner.answer = r -> FakeJvmRunner.exit(1, "", "Error: Could not create the Java Virtual Machine.\n"
        + "Unrecognized VM option 'AOTCacheOutput=x'\n");
    assertThat(h.sessionStartMetrics()).as("a real init failure stays one").containsEntry("boot_err", 24L);
  }

  @Test
  void aMissingJavaBinaryIsAnIoExceptionWithErrno2() {
    h.runner.answer = r -> org.securityguidance.sys.ProcessResult.startFailed(
        "IOException: Cannot run program \"/x/bin/java\": error=2, No such file or directory", 0);
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 9L)
        .containsEntry("boot_err", 99L).containsEntry("boot_exc", 16L).containsEntry("boot_errno", 2L);
  }

  @Test
  void theWholeRunStaysWithinTheBudgetEvenWhenEveryStepRunsToItsLimit() {
    h.version = "24.0.1";
    h.release = "JAVA_VERSION=\"24.0.1\"";
    h.runner.perStep = Duration.ofSeconds(59);
    h.runner.answer = r -> r.timeout().compareTo(Duration.ofSeconds(59)) < 0 ? FakeJvmRunner.timedOut()
        : FakeJvmRunner.healthy(r);
    BootRun run = h.run(Bootstrap.Mode.SESSION);
    assertThat(h.runner.requests).hasSize(3);
    assertThat(h.runner.requests.get(2).timeout()).isEqualTo(Duration.ofSeconds(32));
    assertThat(run.report().failure().err().code()).isEqualTo(10);
    assertThat(run.report().millis()).isEqualTo(150_000L);
  }

  @Test
  void aSpentBudgetStartsNoFurtherProcess() {
    h.version = "24.0.1";
    h.release = "JAVA_VERSION=\"24.0.1\"";
    h.runner.perStep = Duration.ZERO;
    h.runner.answer = r -> {
      h.clock.advance(Duration.ofMillis(149_500)); // e.g. a laptop suspended during the training run
      return FakeJvmRunner.healthy(r);
    };
    BootRun run = h.run(Bootstrap.Mode.SESSION);
    assertThat(h.runner.requests).hasSize(1);
    assertThat(run.report().failure().err().code()).isEqualTo(10);
  }
}

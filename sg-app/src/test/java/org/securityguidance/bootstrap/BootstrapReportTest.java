package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.flow.SessionStartFlow;
import org.securityguidance.hook.HookOutput;
import org.securityguidance.state.DebugLog;

/** Spec §5 C11 (outcomes 3, 7, 8), C14, C15, G32 (Java side) and the runtime-fact fields. */
class BootstrapReportTest {
  @TempDir Path tmp;
  BootHarness h;

  @BeforeEach
  void setUp() throws IOException {
    h = new BootHarness(tmp);
  }

  @Test
  void aTamperedJarIsAVerifyFailureWithTheJavacProbeAndNoProcess() throws IOException {
    Files.writeString(h.jar, "tampered");
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 7L)
        .containsEntry("boot_err", 21L).containsEntry("boot_has_javac", false).containsEntry("boot_jre_upd", 15L)
        .doesNotContainKey("boot_has_mvn");
    h.withJavac();
    assertThat(h.sessionStartMetrics()).containsEntry("boot_has_javac", true);
    Files.delete(h.jar.resolveSibling("security-guidance.jar.sha256"));
    assertThat(h.sessionStartMetrics()).containsEntry("boot_err", 21L);
    assertThat(h.runner.requests).isEmpty();
  }

  @Test
  void noJarAtAllIsJarMissing() {
    h.jar = null;
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 7L)
        .containsEntry("boot_err", 20L).containsKey("boot_has_javac");
  }

  @Test
  void aJarBuiltFromSourceThisSessionReportsSevenWithTheLaunchersProbesAndTrainsNothing() {
    h.fromSource = 7;
    h.launcherJavac = true;
    h.launcherMvn = true;
    Map<String, Object> m = h.sessionStartMetrics();
    assertThat(m).containsEntry("boot", 7L).containsEntry("boot_has_javac", true).containsEntry("boot_has_mvn", true)
        .doesNotContainKey("boot_phase");
    assertThat(h.runner.requests).isEmpty();
  }

  @Test
  void aReusedSourceBuildReportsEightAndStillGetsItsArchive() {
    h.fromSource = 8;
    h.launcherJavac = false;
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 8L).containsEntry("boot_has_javac", false)
        .containsEntry("boot_cache_mode", 1L);
    assertThat(h.runner.requests).hasSize(2);
    assertThat(BootStatus.read(h.state).orElseThrow().get("archive")).endsWith(".jsa");

    h.runner.answer = r -> FakeJvmRunner.exit(137, "", "");
    assertThat(h.sessionStartMetrics()).as("still cached").containsEntry("boot", 8L);
  }

  @Test
  void aReusedSourceBuildWhoseTrainingDiesReportsTheFailure() {
    h.fromSource = 8;
    h.launcherJavac = true;
    h.runner.answer = r -> FakeJvmRunner.exit(137, "", "");
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_err", 16L)
        .doesNotContainKey("boot_has_javac");
  }

  @Test
  void aStateDirThatIsAFileFailsInPhasePreWithExceptionAndErrno() throws IOException {
    Files.writeString(h.state, "not a directory");
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 1L)
        .containsEntry("boot_err", 99L).containsEntry("boot_exc", 5L).containsEntry("boot_errno", 17L);
  }

  @Test
  void anUncaughtExceptionIsPhaseMainAndTheSentinelIsReleased() {
    h.flags = () -> {
      throw new IllegalStateException("no java.management");
    };
    assertThat(h.sessionStartMetrics()).containsEntry("boot", 3L).containsEntry("boot_phase", 4L)
        .containsEntry("boot_err", 99L).containsEntry("boot_exc", 15L);
    assertThat(h.state.resolve(BootStateFiles.SENTINEL)).doesNotExist();
  }

  @Test
  void evenAContextThatCannotBeBuiltIsReportedAsABootstrapLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HookOutput output = new HookOutput(
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err, BootHarness.PV);
    SessionStartFlow.run(null, BootstrapReportTest.class,
        DebugLog.discard(), output);
    assertThat(EmissionContract.check(out.toString(StandardCharsets.UTF_8))).containsEntry("boot", 3L)
        .containsEntry("boot_phase", 4L).containsEntry("boot_err", 99L).containsEntry("boot_exc", 30L);
  }

  @Test
  void aRescueResultIsEmittedOnceByTheNextSessionStartAndNeverConsumedByARescue() {
    BootRun rescue = h.run(Bootstrap.Mode.RESCUE);
    RescueResult.record(h.state, rescue.report().outcome().code());
    assertThat(BootStatus.read(h.state).orElseThrow()).containsEntry("run", "rescue");
    h.run(Bootstrap.Mode.RESCUE);
    assertThat(h.state.resolve(BootStateFiles.LAST)).hasContent("2");

    assertThat(h.sessionStartMetrics()).containsEntry("boot", 1L).containsEntry("boot_last", 2L);
    assertThat(h.state.resolve(BootStateFiles.LAST)).doesNotExist();
    assertThat(h.sessionStartMetrics()).doesNotContainKey("boot_last");
  }

  @Test
  void javaToolOptionsAndALauncherSourceForAnotherRuntimeAreVisible() {
    h.jto = true;
    h.exportedRelease = "JAVA_VERSION=\"21.0.2\"";
    assertThat(h.sessionStartMetrics()).containsEntry("boot_jto", true).containsEntry("boot_jre_src", 99L);
    h.jto = false;
    h.exportedRelease = "JAVA_VERSION=\"17.0.15\"";
    assertThat(h.sessionStartMetrics()).doesNotContainKey("boot_jto").containsEntry("boot_jre_src", 3L);
    h.jreSrc = 0;
    assertThat(h.sessionStartMetrics()).containsEntry("boot_jre_src", 0L);
  }

  @Test
  void releaseLinesNameTheirFeature() {
    assertThat(RunningRuntime.releaseFeature("JAVA_VERSION=\"25.0.3\"")).isEqualTo(25);
    assertThat(RunningRuntime.releaseFeature("JAVA_VERSION=\"1.8.0_392\"")).isEqualTo(8);
    assertThat(RunningRuntime.releaseFeature("none")).isNull();
  }
}

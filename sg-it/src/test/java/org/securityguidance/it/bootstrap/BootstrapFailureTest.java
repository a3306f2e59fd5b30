package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.it.launcher.Launcher;
import org.securityguidance.it.launcher.ProcessResult;
import org.securityguidance.it.launcher.Runtimes;

/**
 * Spec §5 C12–C15 and G32 with real processes on the test JVM (JDK 17): a training JVM killed by SIGKILL, a jar that
 * does not match its sidecar, a state dir that is a file, stale and fresh sentinels, the cooldown window, and the
 * rescue's hand-over to the next SessionStart.
 */
class BootstrapFailureTest {
  @TempDir Path tmp;
  Path javaHome;
  BootProcess p;

  @BeforeEach
  void setUp() throws IOException {
    javaHome = Runtimes.testJavaHome();
    p = new BootProcess(tmp, javaHome.resolve("bin/java"));
  }

  /**
   * The test seam for a memory kill: a runtime home whose {@code bin/java} is a wrapper that execs the real JVM but
   * sends itself SIGKILL when asked to run the training entry point, as the kernel's OOM killer would. Nothing ships:
   * the launcher simply finds this "JDK" through {@code SG_JAVA} and passes it on as {@code SG_JAVA_BIN}.
   */
  private Path selfKillingJdk() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("oom-jdk/bin"));
    Files.copy(javaHome.resolve("release"), tmp.resolve("oom-jdk/release"));
    Path java = home.resolve("java");
    Files.writeString(java, "#!/bin/bash\nfor a in \"$@\"; do [ \"$a\" = train ] && kill -9 $$; done\nexec "
        + javaHome.resolve("bin/java") + " \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return java;
  }

  @Test
  void aTrainingRunKilledBySigkillReportsSignalAndCoolsDownTheNextSession() throws IOException {
    p.env.put("SG_JAVA", selfKillingJdk().toString());
    Map<String, Object> killed = p.bootstrap();
    assertThat(killed).containsEntry("boot", 3L).containsEntry("boot_phase", 9L).containsEntry("boot_err", 16L)
        .containsEntry("boot_rc", 137L).containsEntry("boot_jre", Runtimes.feature(javaHome) * 100L)
        .containsKey("boot_jre_upd");
    assertThat(p.state.resolve("jvm-boot.cooldown")).exists();
    assertThat(p.state.resolve("jvm-boot.building")).doesNotExist();
    assertThat(Files.readString(p.state.resolve("jvm-boot.status"))).contains("outcome=3\n", "err=16\n", "rc=137\n");

    assertThat(p.bootstrap()).containsEntry("boot", 9L).doesNotContainKey("boot_phase");
  }

  @Test
  void aJarThatNoLongerMatchesItsSidecarIsNeverTrainedOn() throws IOException {
    Path lib = Launcher.pluginDir().resolve("lib");
    Path jar = tmp.resolve("security-guidance.jar");
    // A still runnable jar with one extra entry: different bytes, same sidecar. (A jar the JVM cannot even open is
    // the launcher's phase-10 case, spec §5 F29.)
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(lib.resolve("security-guidance.jar")));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("tampered.txt"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    Files.copy(lib.resolve("security-guidance.jar.sha256"), tmp.resolve("security-guidance.jar.sha256"));
    p.env.put("SG_JAR", jar.toString());

    assertThat(p.bootstrap()).containsEntry("boot", 3L).containsEntry("boot_phase", 7L).containsEntry("boot_err", 21L)
        .containsEntry("boot_has_javac", Files.isExecutable(javaHome.resolve("bin/javac")));
    assertThat(p.state.resolve("jvm-cache")).doesNotExist();
  }

  @Test
  void aStateDirThatIsAFileIsPhasePreWithExceptionAndErrno() throws IOException {
    Files.writeString(p.state, "a file where the state dir should be");
    assertThat(p.bootstrap()).containsEntry("boot", 3L).containsEntry("boot_phase", 1L).containsEntry("boot_err", 99L)
        .containsEntry("boot_exc", 5L).containsEntry("boot_errno", 17L);
  }

  @Test
  void aFreshSentinelSkipsAndAStaleOneIsReplacedByABuild() throws IOException {
    Path sentinel = Files.writeString(Files.createDirectories(p.state).resolve("jvm-boot.building"), "1-other");
    assertThat(p.bootstrap()).containsEntry("boot", 5L);
    assertThat(sentinel).hasContent("1-other");

    Files.setLastModifiedTime(sentinel, FileTime.from(Instant.now().minusSeconds(400)));
    assertThat(p.bootstrap()).containsEntry("boot", 2L);
    assertThat(sentinel).doesNotExist();
  }

  @Test
  void theCooldownBlocksForADayThenOneRetryBuilds() throws IOException {
    Path marker = Files.createFile(Files.createDirectories(p.state).resolve("jvm-boot.cooldown"));
    Files.setLastModifiedTime(marker, FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(p.bootstrap()).containsEntry("boot", 9L);
    assertThat(p.state.resolve("jvm-cache")).doesNotExist();

    Files.setLastModifiedTime(marker, FileTime.from(Instant.now().minusSeconds(86_401)));
    assertThat(p.bootstrap()).containsEntry("boot", 2L);
    assertThat(p.bootstrap()).as("NOOP beats the cooldown").containsEntry("boot", 1L);
  }

  @Test
  void aRescuePrintsNothingAndTheNextSessionStartReportsItsOutcomeOnce() throws IOException {
    ProcessResult rescue = p.rescue(javaHome.resolve("bin/java"));
    assertThat(rescue.exit()).as(rescue.toString()).isZero();
    assertThat(rescue.stdout()).isEmpty();
    assertThat(p.state.resolve("jvm-boot.last")).hasContent("2");

    assertThat(p.bootstrap()).containsEntry("boot", 1L).containsEntry("boot_last", 2L);
    assertThat(p.state.resolve("jvm-boot.last")).doesNotExist();
    assertThat(p.bootstrap()).doesNotContainKey("boot_last");
  }
}

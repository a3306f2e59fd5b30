package org.securityguidance.it.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state dir on a 64 KiB tmpfs: the training JVM cannot write its archive (JDK 17 says only "Unable to write to
 * shared archive file"), and the bootstrap reports disk_full in phase cache, leaves no temp file or sentinel behind,
 * and still prints its two protocol lines. Needs {@code mount}; skipped with the reason where it is not permitted.
 */
class FullDiskBootstrapTest {
  @TempDir Path tmp;
  private Path mounted;

  private static int exec(String... argv) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      exec("umount", mounted.toString());
    }
  }

  @Test
  void aFullDiskIsDiskFullInPhaseCache() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    int rc;
    try {
      rc = exec("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", state.toString());
    } catch (IOException e) {
      rc = -1;
    }
    if (rc != 0) {
      String reason = "skipped: cannot mount a 64 KiB tmpfs here (mount exit " + rc + ", needs root or CAP_SYS_ADMIN)";
      System.err.println(reason);
      Assumptions.abort(reason);
    }
    mounted = state;
    BootProcess p = new BootProcess(tmp, BootProcess.testJavaHome().resolve("bin/java"));

    assertThat(p.bootstrap()).containsEntry("boot", 3L).containsEntry("boot_phase", 9L).containsEntry("boot_err", 7L)
        .doesNotContainKey("boot_rc");
    assertThat(state.resolve("jvm-boot.building")).doesNotExist();
    List<String> left = BootProcess.list(state.resolve("jvm-cache"));
    assertThat(left).noneMatch(n -> n.startsWith("sg-"));
    assertThat(state.resolve("jvm-boot.cooldown")).as("not a memory-class failure").doesNotExist();
  }
}

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
import org.securityguidance.it.launcher.Runtimes;

/**
 * State dirs on real mounts, which a root-run CI cannot fake with {@code chmod}: a 64 KiB tmpfs (the training JVM
 * cannot write its archive; JDK 17 says only "Unable to write to shared archive file") and a read-only bind mount.
 * Needs {@code mount}; skipped with the reason printed where it is not permitted.
 */
class MountedStateDirTest {
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

  private void mountOrSkip(String what, String... argv) throws InterruptedException {
    int rc;
    try {
      rc = exec(argv);
    } catch (IOException e) {
      rc = -1;
    }
    if (rc != 0) {
      String reason = "skipped: cannot mount " + what + " here (mount exit " + rc + ", needs root or CAP_SYS_ADMIN)";
      System.err.println(reason);
      Assumptions.abort(reason);
    }
    mounted = Path.of(argv[argv.length - 1]);
  }

  @Test
  void aReadOnlyStateDirIsPhasePreWithTheFileSystemsErrno() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    mountOrSkip("a read-only bind", "mount", "--bind", "-o", "ro", state.toString(), state.toString());
    if (Files.isWritable(state) && canCreate(state)) {
      Assumptions.abort("skipped: the read-only bind is writable here (old mount without ro on bind)");
    }
    BootProcess p = new BootProcess(tmp, Runtimes.testJavaHome().resolve("bin/java"));

    // The sentinel is the first file the bootstrap writes: EROFS is a bare FileSystemException (exc 6), errno 30.
    assertThat(p.bootstrap()).containsEntry("boot", 3L).containsEntry("boot_phase", 1L).containsEntry("boot_err", 99L)
        .containsEntry("boot_exc", 6L).containsEntry("boot_errno", 30L);
  }

  private static boolean canCreate(Path dir) {
    try {
      Files.delete(Files.createFile(dir.resolve("probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aFullDiskIsDiskFullInPhaseCache() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    mountOrSkip("a 64 KiB tmpfs", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", state.toString());
    BootProcess p = new BootProcess(tmp, Runtimes.testJavaHome().resolve("bin/java"));

    assertThat(p.bootstrap()).containsEntry("boot", 3L).containsEntry("boot_phase", 9L).containsEntry("boot_err", 7L)
        .doesNotContainKey("boot_rc");
    assertThat(state.resolve("jvm-boot.building")).doesNotExist();
    List<String> left = BootProcess.list(state.resolve("jvm-cache"));
    assertThat(left).noneMatch(n -> n.startsWith("sg-"));
    assertThat(state.resolve("jvm-boot.cooldown")).as("not a memory-class failure").doesNotExist();
  }
}

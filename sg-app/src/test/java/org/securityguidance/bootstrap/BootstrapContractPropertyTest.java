package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.securityguidance.sys.ProcessResult;

/**
 * Spec §5 D17–D19 as a sweep: whatever the combination of runtime, switches, jar, files left by earlier runs and
 * child-process behaviour, SessionStart prints one contract-valid line, and the outcome agrees with what happened.
 */
class BootstrapContractPropertyTest {
  private static final String[] VERSIONS = {"17.0.15", "21.0.2", "24.0.1", "25.0.3"};
  private static final String[] VMS = {"OpenJDK 64-Bit Server VM", "Eclipse OpenJ9 VM", "Substrate VM"};

  @Property(tries = 150)
  void everyScenarioPrintsOneValidLine(@ForAll @IntRange(max = 3) int version, @ForAll @IntRange(max = 2) int vm,
      @ForAll boolean killSwitch, @ForAll boolean cacheOff, @ForAll @IntRange(max = 2) int jar,
      @ForAll @IntRange(max = 2) int fromSource, @ForAll @IntRange(max = 2) int sentinel,
      @ForAll @IntRange(max = 2) int cooldown, @ForAll @IntRange(max = 6) int child, @ForAll boolean jto,
      @ForAll @IntRange(max = 2) int last) throws IOException {
    Path root = Files.createTempDirectory("sg-boot-prop");
    try {
      BootHarness h = new BootHarness(root);
      h.version = VERSIONS[version];
      h.release = "JAVA_VERSION=\"" + VERSIONS[version] + "\"";
      h.vmName = VMS[vm];
      h.killSwitch = killSwitch;
      h.cacheOff = cacheOff;
      h.jto = jto;
      h.fromSource = fromSource == 0 ? null : fromSource + 6;
      h.launcherJavac = fromSource == 0 ? null : Boolean.TRUE;
      prepare(h, jar, sentinel, cooldown, last);
      h.runner.answer = answer(child);

      Map<String, Object> m = h.sessionStartMetrics();

      long boot = (Long) m.get("boot");
      assertThat(boot).isIn(0L, 1L, 2L, 3L, 5L, 7L, 8L, 9L);
      if (killSwitch) {
        assertThat(boot).isZero();
        assertThat(m).containsEntry("boot_cache_mode", 0L);
      }
      if (!h.runner.requests.isEmpty()) {
        assertThat(killSwitch).isFalse();
        assertThat(boot).isIn(2L, 3L, 8L);
      }
      if (fromSource != 0 && jar == 0 && !killSwitch) {
        assertThat(boot).as("a healthy run on a source-built jar is 7 or 8").isNotIn(0L, 1L, 2L);
      } else {
        assertThat(boot).isNotIn(7L, 8L);
      }
      if (jar != 0 && !killSwitch) {
        assertThat(m).containsEntry("boot", 3L).containsEntry("boot_phase", 7L).containsKey("boot_has_javac");
      }
      boolean sentinelLeft = root.resolve("state").resolve(BootStateFiles.SENTINEL).toFile().exists();
      if (sentinel == 0 || !h.runner.requests.isEmpty()) {
        assertThat(sentinelLeft).as("ours is released, a stale one was replaced").isFalse();
      }
      if (sentinel == 1) {
        assertThat(sentinelLeft).as("a fresh foreign sentinel is never touched").isTrue();
      }
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void prepare(BootHarness h, int jar, int sentinel, int cooldown, int last) throws IOException {
    if (jar == 1) {
      Files.writeString(h.jar, "tampered");
    } else if (jar == 2) {
      h.jar = null;
    }
    Path state = Files.createDirectories(h.state);
    long now = h.clock.instant().getEpochSecond();
    if (sentinel > 0) {
      Path s = Files.writeString(state.resolve(BootStateFiles.SENTINEL), "1-other");
      Files.setLastModifiedTime(s, FileTime.fromMillis((now - (sentinel == 1 ? 10 : 400)) * 1000));
    }
    if (cooldown > 0) {
      Path c = Files.createFile(state.resolve(BootStateFiles.COOLDOWN));
      Files.setLastModifiedTime(c, FileTime.fromMillis((now - (cooldown == 1 ? 3600 : 90_000)) * 1000));
    }
    if (last > 0) {
      Files.writeString(state.resolve(BootStateFiles.LAST), last == 1 ? "2\n" : "garbage\n");
    }
  }

  private static java.util.function.Function<org.securityguidance.sys.ProcessRequest, ProcessResult> answer(int c) {
    return switch (c) {
      case 1 -> r -> FakeJvmRunner.exit(137, "", "");
      case 2 -> r -> FakeJvmRunner.exit(-11, "", "");
      case 3 -> r -> FakeJvmRunner.timedOut();
      case 4 -> r -> FakeJvmRunner.exit(1, "", "java.lang.OutOfMemoryError: Metaspace\n");
      case 5 -> r -> FakeJvmRunner.exit(3, "progress\n", "Ошибка: C:\\Users\\x\\AppData ничего\n");
      case 6 -> r -> ProcessResult.startFailed("IOException: Cannot run program \"java\": error=13, Permission denied",
          0);
      default -> FakeJvmRunner::healthy;
    };
  }
}
